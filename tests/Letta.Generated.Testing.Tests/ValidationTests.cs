using System.Net;
using System.Threading.Tasks;
using Letta.Generated.Simulator;
using Newtonsoft.Json.Linq;
using NUnit.Framework;

namespace Letta.Generated.Testing.Tests
{
    [CancelAfter(30_000)]
    public class ValidationTests
    {
        [Test]
        public async Task Empty_limit_is_a_422_whose_detail_is_one_string()
        {
            using var letta = Batches.StartWith(1);

            var reply = await Api.GetAsync(letta, "limit=");

            Assert.That(reply.Status, Is.EqualTo((HttpStatusCode)422));
            var json = (JObject)reply.Json;
            Assert.That(json["trace_id"]!.Type, Is.EqualTo(JTokenType.String));
            Assert.That(json["detail"]!.Type, Is.EqualTo(JTokenType.String));
            Assert.That((string)json["detail"]!, Is.EqualTo(
                "[{'type': 'int_parsing', 'loc': ('query', 'limit'), 'msg': 'Input should be a valid integer, unable to parse string as an integer', 'input': ''}]"));
        }

        [Test]
        public async Task Non_integer_limit_is_a_422()
        {
            using var letta = Batches.StartWith(1);

            var reply = await Api.GetAsync(letta, "limit=ten");

            Assert.That(reply.Status, Is.EqualTo((HttpStatusCode)422));
            Assert.That((string?)reply.Json["detail"], Does.Contain("'input': 'ten'"));
        }

        [Test]
        public async Task Negative_limit_is_a_500_unknown_error()
        {
            using var letta = Batches.StartWith(1);

            var reply = await Api.GetAsync(letta, "limit=-1");

            Assert.That(reply.Status, Is.EqualTo(HttpStatusCode.InternalServerError));
            Assert.That(reply.Body, Is.EqualTo("{\"detail\":\"An unknown error occurred\"}"));
        }

        [Test]
        public async Task Bad_order_is_a_422_with_the_python_repr_of_the_error()
        {
            using var letta = Batches.StartWith(1);

            var reply = await Api.GetAsync(letta, "order=sideways");

            Assert.That(reply.Status, Is.EqualTo((HttpStatusCode)422));
            Assert.That((string?)reply.Json["detail"], Is.EqualTo(
                "[{'type': 'literal_error', 'loc': ('query', 'order'), 'msg': \"Input should be 'asc' or 'desc'\", 'input': 'sideways', 'ctx': {'expected': \"'asc' or 'desc'\"}}]"));
        }

        [Test]
        public async Task Order_by_other_than_created_at_is_a_422()
        {
            using var letta = Batches.StartWith(1);

            var reply = await Api.GetAsync(letta, "order_by=updated_at");

            Assert.That(reply.Status, Is.EqualTo((HttpStatusCode)422));
            Assert.That((string?)reply.Json["detail"], Does.Contain("('query', 'order_by')"));
        }

        [Test]
        public async Task Every_validation_error_is_reported_together()
        {
            using var letta = Batches.StartWith(1);

            var reply = await Api.GetAsync(letta, "limit=x&order=up&order_by=id");

            var detail = (string?)reply.Json["detail"];
            Assert.That(detail, Does.Contain("'limit'").And.Contain("'order'").And.Contain("'order_by'"));
        }

        [Test]
        public async Task Array_shape_option_gives_the_declared_detail_array()
        {
            using var letta = Batches.StartWith(1, new LettaSimulatorOptions { ValidationErrorShape = ValidationErrorShape.DetailArray });

            var reply = await Api.GetAsync(letta, "limit=abc");

            Assert.That(reply.Status, Is.EqualTo((HttpStatusCode)422));
            var error = (JObject)reply.Json["detail"]![0]!;
            Assert.That(error["loc"]!.ToObject<string[]>(), Is.EqualTo(new[] { "query", "limit" }));
            Assert.That((string?)error["type"], Is.EqualTo("int_parsing"));
            Assert.That((string?)error["msg"], Does.StartWith("Input should be a valid integer"));
            Assert.That(reply.Json["trace_id"], Is.Null);
        }

        [Test]
        public async Task Cursors_are_looked_up_only_after_validation_passes()
        {
            using var letta = Batches.StartWith(1);

            var reply = await Api.GetAsync(letta, "before=job-unknown&limit=bad");

            Assert.That(reply.Status, Is.EqualTo((HttpStatusCode)422));
        }
    }
}

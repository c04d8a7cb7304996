using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using NUnit.Framework;

namespace Letta.Generated.ContractTests
{
    /// <summary>
    /// The library's XML docs as users read them: a type whose generated and hand-written parts both carry a
    /// summary shows two, run together, in every IDE tooltip.
    /// </summary>
    public sealed class XmlDocsTests
    {
        [TestCase("Letta.Generated.xml")]
        [TestCase("Letta.Generated.DependencyInjection.xml")]
        public void No_member_has_two_summaries(string file)
        {
            var docs = XDocument.Load(Path.Combine(AppContext.BaseDirectory, file));

            var doubled = docs.Descendants("member")
                .Where(m => m.Elements("summary").Count() > 1)
                .Select(m => (string?)m.Attribute("name"))
                .ToList();

            Assert.That(doubled, Is.Empty, "members with more than one <summary> (keep one on the generated or the hand-written part)");
        }

        [TestCase("before", "before=X returns batches created before X (older ones), also with order=desc")]
        [TestCase("after", "after=X returns batches created after X (newer ones), also with order=desc")]
        public void ListBatchesAsync_cursor_docs_say_the_server_reads_them_chronologically_and_point_at_ListAllBatchesAsync(string cursor, string reading)
        {
            var docs = XDocument.Load(Path.Combine(AppContext.BaseDirectory, "Letta.Generated.xml"));

            var methods = docs.Descendants("member").Where(m => ((string?)m.Attribute("name"))?.StartsWith("M:Letta.Generated.LettaClient.ListBatchesAsync(", StringComparison.Ordinal) == true
                || ((string?)m.Attribute("name"))?.StartsWith("M:Letta.Generated.ILettaClient.ListBatchesAsync(", StringComparison.Ordinal) == true).ToList();
            var texts = methods.SelectMany(m => m.Elements("param")).Where(p => (string?)p.Attribute("name") == cursor).Select(p => p.Value).ToList();

            Assert.That(texts, Is.Not.Empty);
            Assert.That(texts, Has.All.Contain(reading).And.All.Contain("use ListAllBatchesAsync"));
        }
    }
}

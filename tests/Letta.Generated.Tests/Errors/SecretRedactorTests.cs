using NUnit.Framework;

namespace Letta.Generated.Tests.Errors
{
    /// <summary>The redactor every message, log and trace passes through.</summary>
    public class SecretRedactorTests
    {
        [Test]
        public void A_secret_that_contains_another_is_masked_whole()
        {
            var redactor = new SecretRedactor(new[] { "abcd", "abcd1234" });

            Assert.That(redactor.Redact("key abcd1234 and abcd"), Is.EqualTo("key [redacted] and [redacted]"));
        }

        [Test]
        public void A_secret_of_four_characters_is_masked()
        {
            Assert.That(new SecretRedactor(new[] { "wxyz" }).Redact("a wxyz b"), Is.EqualTo("a [redacted] b"));
        }

        [Test]
        public void A_value_shorter_than_four_characters_is_not_treated_as_a_secret()
        {
            Assert.That(new SecretRedactor(new[] { "yes", " ab " }).Redact("yes ab"), Is.EqualTo("yes ab"));
        }

        [TestCase(null)]
        [TestCase("")]
        public void No_text_redacts_to_empty_text(string? text)
        {
            Assert.That(new SecretRedactor(new[] { "abcd1234" }).Redact(text), Is.EqualTo(string.Empty));
            Assert.That(new SecretRedactor(new string?[0]).Redact(text), Is.EqualTo(string.Empty));
        }
    }
}

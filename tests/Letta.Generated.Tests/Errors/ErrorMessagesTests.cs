using NUnit.Framework;

namespace Letta.Generated.Tests.Errors
{
    /// <summary>Server text in a message: cut at 300 characters, whitespace collapsed, control and direction characters escaped.</summary>
    public class ErrorMessagesTests
    {
        [TestCase(null)]
        [TestCase("")]
        [TestCase(" \n\t ")]
        public void A_missing_or_blank_body_reads_as_empty_body(string? text)
        {
            Assert.That(ErrorMessages.Excerpt(text), Is.EqualTo("(empty body)"));
        }

        [Test]
        public void Text_of_exactly_300_characters_is_kept_whole()
        {
            var text = new string('x', 300);

            Assert.That(ErrorMessages.Excerpt(text), Is.EqualTo(text));
        }

        [Test]
        public void Text_of_301_characters_is_cut_at_300_with_an_ellipsis()
        {
            Assert.That(ErrorMessages.Excerpt(new string('x', 301)), Is.EqualTo(new string('x', 300) + "…"));
        }

        [Test]
        public void Whitespace_runs_become_one_space_and_the_ends_are_trimmed()
        {
            Assert.That(ErrorMessages.Excerpt("  \r\n first \t\t second \n "), Is.EqualTo("first second"));
        }

        [TestCase("a\u001bb", "a\\u001bb")]
        [TestCase("a\u0007b", "a\\u0007b")]
        [TestCase("a\u202eb", "a\\u202eb")]
        [TestCase("a\u200fb", "a\\u200fb")]
        public void Control_and_direction_characters_are_escaped(string text, string expected)
        {
            Assert.That(ErrorMessages.Excerpt(text), Is.EqualTo(expected));
        }

        [TestCase("a\u2028b")]
        [TestCase("a\u2029b")]
        [TestCase("a\u0085b")]
        public void Line_and_paragraph_separators_become_a_space(string text)
        {
            Assert.That(ErrorMessages.Excerpt(text), Is.EqualTo("a b"));
        }
    }
}

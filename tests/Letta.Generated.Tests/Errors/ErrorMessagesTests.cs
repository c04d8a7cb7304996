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
        [TestCase("a\u200eb", "a\\u200eb")]
        [TestCase("a\u061cb", "a\\u061cb")]
        [TestCase("a\u202ab", "a\\u202ab")]
        [TestCase("a\u202db", "a\\u202db")]
        [TestCase("a\u2066b", "a\\u2066b")]
        [TestCase("a\u2069b", "a\\u2069b")]
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

        [TestCase("a\u2066b\u200ec\u001b", "a\\u2066b\\u200ec\\u001b")]
        [TestCase("a\r\nb", "a\\u000d\\u000ab")]
        [TestCase("a\u2028b", "a\\u2028b")]
        [TestCase("plain text", "plain text")]
        [TestCase(null, "")]
        public void Printable_escapes_controls_and_direction_marks_and_keeps_the_rest(string? text, string expected)
        {
            Assert.That(ErrorMessages.Printable(text), Is.EqualTo(expected));
        }

        [TestCase("a\u2065b")]
        [TestCase("a\u206ab")]
        [TestCase("a\u202fb")]
        [TestCase("a\u200db")]
        public void Characters_next_to_the_escaped_ranges_are_kept(string text)
        {
            Assert.That(ErrorMessages.Printable(text), Is.EqualTo(text));
        }
    }
}

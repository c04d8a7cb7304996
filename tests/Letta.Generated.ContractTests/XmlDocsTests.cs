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
    }
}

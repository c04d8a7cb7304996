using System.Collections.Generic;
using System.Text;

namespace Letta.Generated.SpecTool
{
    /// <summary>How the drift reports print a list of findings: a title line, then one line each; nothing when empty.</summary>
    internal static class ReportSections
    {
        public static void Append(StringBuilder report, string title, List<string> lines)
        {
            if (lines.Count == 0)
            {
                return;
            }

            report.AppendLine(title);
            foreach (var line in lines)
            {
                report.AppendLine(line);
            }
        }
    }
}

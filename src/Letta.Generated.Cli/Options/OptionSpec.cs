using System;
using System.Collections.Generic;

namespace Letta.Generated.Cli.Options
{
    /// <summary>
    /// One option: what the parser accepts and what <c>--help</c> says about it, in one place so the two cannot
    /// drift. A flag has no <see cref="ValueName"/>.
    /// </summary>
    internal sealed class OptionSpec
    {
        public OptionSpec(string section, string name, string? shortName, string? valueName, string defaultText, string? environment, IReadOnlyList<string> description, Action<CliOptions, string> apply)
        {
            Section = section;
            Name = name;
            ShortName = shortName;
            ValueName = valueName;
            DefaultText = defaultText;
            Environment = environment;
            Description = description;
            Apply = apply;
        }

        /// <summary>The heading it is listed under in <c>--help</c>.</summary>
        public string Section { get; }

        /// <summary>The long name, such as <c>--page-size</c>.</summary>
        public string Name { get; }

        /// <summary>The short name, such as <c>-f</c>, or null.</summary>
        public string? ShortName { get; }

        /// <summary>The value's placeholder, such as <c>N</c>; null for a flag.</summary>
        public string? ValueName { get; }

        /// <summary>What applies when the option is not given, as <c>--help</c> shows it.</summary>
        public string DefaultText { get; }

        /// <summary>The environment variable read when the option is not given, or null.</summary>
        public string? Environment { get; }

        /// <summary>What it does: one paragraph per entry, wrapped to the width <c>--help</c> is printed at.</summary>
        public IReadOnlyList<string> Description { get; }

        /// <summary>Stores the value (the empty string for a flag); throws <see cref="UsageException"/> for a bad one.</summary>
        public Action<CliOptions, string> Apply { get; }

        public bool IsFlag => ValueName is null;

        /// <summary>As in the usage: <c>-f, --format &lt;FORMAT&gt;</c>.</summary>
        public string Synopsis => (ShortName is null ? "    " : ShortName + ", ") + Name + (IsFlag ? string.Empty : " <" + ValueName + ">");
    }
}

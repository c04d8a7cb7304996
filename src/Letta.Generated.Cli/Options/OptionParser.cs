using System;
using System.Collections.Generic;
using System.Linq;

namespace Letta.Generated.Cli.Options
{
    /// <summary>
    /// Reads the command line against <see cref="OptionSpecs"/>: <c>--name value</c>, <c>--name=value</c>, short
    /// names, flags. Anything else is a <see cref="UsageException"/> whose message names the option.
    /// </summary>
    internal static class OptionParser
    {
        public static CliOptions Parse(IReadOnlyList<string> args)
        {
            var options = new CliOptions();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < args.Count; i++)
            {
                var arg = args[i];
                var equals = arg.StartsWith("--", StringComparison.Ordinal) ? arg.IndexOf('=') : -1;
                var name = equals > 0 ? arg.Substring(0, equals) : arg;
                var spec = OptionSpecs.All.FirstOrDefault(s => s.Name == name || s.ShortName == name);
                if (spec is null)
                {
                    throw new UsageException(arg.StartsWith("-", StringComparison.Ordinal)
                        ? "unknown option '" + name + "'."
                        : "unexpected argument '" + arg + "' (every value belongs to an option, such as --after <ID>).");
                }

                if (!seen.Add(spec.Name))
                {
                    throw new UsageException(spec.Name + " is given more than once.");
                }

                string value;
                if (spec.IsFlag)
                {
                    if (equals > 0) throw new UsageException(spec.Name + " takes no value.");
                    value = string.Empty;
                }
                else if (equals > 0)
                {
                    value = arg.Substring(equals + 1);
                }
                else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    // A value that starts with "--" must be written --name=value: a forgotten value should not swallow the next option.
                    value = args[++i];
                }
                else
                {
                    throw new UsageException(spec.Name + " needs a value: " + spec.Name + " <" + spec.ValueName + ">.");
                }

                spec.Apply(options, value);
            }

            Validate(options);
            return options;
        }

        /// <summary>Combinations that cannot work, refused before anything is sent.</summary>
        private static void Validate(CliOptions options)
        {
            if (options.Continue is not null && options.IsRawPage)
            {
                throw new UsageException("--continue resumes a listing; it cannot be combined with --after or --before.");
            }

            if (options.CountOnly && options.Format != OutputFormat.Table && options.Format != OutputFormat.Count)
            {
                throw new UsageException("--count-only cannot be combined with --format " + options.Format.ToString().ToLowerInvariant() + ".");
            }

            WatchRules.Validate(options);

            if (options.Demo && (options.BaseUrl is not null || options.ApiKey is not null))
            {
                throw new UsageException("--demo lists the built-in server; it cannot be combined with --base-url or --api-key.");
            }
        }
    }
}

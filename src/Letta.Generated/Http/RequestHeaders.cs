using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Reflection;

namespace Letta.Generated
{
    /// <summary>
    /// The headers every request carries, computed once from the options: the bearer key (only when there is
    /// one), User-Agent, the project header and the user's extra headers. Applied in the generated client's
    /// request hook.
    /// </summary>
    internal sealed class RequestHeaders
    {
        /// <summary>The User-Agent this library sends: <c>Letta.Generated/&lt;version&gt;</c>.</summary>
        public static readonly string UserAgent = "Letta.Generated/" + LibraryVersion();

        private readonly AuthenticationHeaderValue? _authorization;
        private readonly KeyValuePair<string, string>[] _extra;

        public RequestHeaders(LettaClientOptions options)
        {
            _authorization = string.IsNullOrEmpty(options.ApiKey) ? null : new AuthenticationHeaderValue("Bearer", options.ApiKey);
            var extra = new List<KeyValuePair<string, string>>();
            if (!string.IsNullOrEmpty(options.ProjectId)) extra.Add(new KeyValuePair<string, string>("X-Project-Id", options.ProjectId!));
            extra.AddRange(options.DefaultHeaders);
            _extra = extra.ToArray();
        }

        public void ApplyTo(HttpRequestMessage request)
        {
            if (_authorization is not null) request.Headers.Authorization = _authorization;
            request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
            foreach (var header in _extra)
            {
                request.Headers.Remove(header.Key);
                request.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        /// <summary>This library's version without build metadata (also the version of its ActivitySource and Meter).</summary>
        internal static string LibraryVersion()
        {
            var assembly = typeof(RequestHeaders).Assembly;
            return VersionOf(assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion, assembly.GetName().Version);
        }

        /// <summary>The informational version without its <c>+build</c> metadata; else the assembly version.</summary>
        internal static string VersionOf(string? informational, System.Version? assemblyVersion)
        {
            if (string.IsNullOrEmpty(informational)) return assemblyVersion?.ToString() ?? "0.0.0";
            var plus = informational!.IndexOf('+');
            return plus < 0 ? informational : informational.Substring(0, plus);
        }
    }
}

using System;
using System.Text.RegularExpressions;

namespace Letta.Generated
{
    /// <summary>
    /// What a base URL may be: absolute http(s), with or without a path prefix; no query or fragment (the
    /// generated client appends the operation's path to it, so they would end up inside the path) and no
    /// <c>user:password@</c> (HttpClient never sends it, and it is a secret that must not be printed).
    /// </summary>
    internal static class BaseUrlRules
    {
        public static void Validate(Uri? baseUrl, string parameterName)
        {
            if (baseUrl is null || !baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException(
                    "BaseUrl must be an absolute http or https URL, such as https://api.letta.com or http://localhost:8283; got '" + Display(baseUrl) + "'.", parameterName);
            }

            if (baseUrl.UserInfo.Length > 0)
            {
                throw new ArgumentException(
                    "BaseUrl must not contain a user name or password (" + Display(baseUrl) + "): they are never sent. "
                    + "Give the key as ApiKey, or a header such as 'Authorization: Basic ...' in DefaultHeaders.", parameterName);
            }

            if (baseUrl.Query.Length > 0 || baseUrl.Fragment.Length > 0)
            {
                throw new ArgumentException("BaseUrl must not have a query or a fragment; got '" + Display(baseUrl) + "'.", parameterName);
            }
        }

        /// <summary>Text that may not parse as a URL, as safe to print: any user:password@ replaced by <c>***@</c>.</summary>
        public static string Display(string text) => Regex.Replace(text, "(?<=//|^)[^/@]*@", "***@");

        /// <summary>The URL as safe to print: any user:password@ replaced by <c>***@</c>.</summary>
        public static string Display(Uri? url)
        {
            if (url is null) return "(none)";
            if (!url.IsAbsoluteUri) return Display(url.OriginalString);
            if (url.UserInfo.Length == 0) return url.OriginalString;
            var builder = new UriBuilder(url) { UserName = "***", Password = string.Empty };
            return builder.Uri.AbsoluteUri;
        }
    }
}

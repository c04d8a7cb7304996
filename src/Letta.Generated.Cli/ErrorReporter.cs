using System;
using System.IO;

namespace Letta.Generated.Cli
{
    /// <summary>
    /// Turns a failure into ONE readable stderr line, <c>error: &lt;kind&gt; (&lt;status&gt;): &lt;server message&gt;</c>,
    /// plus the stack trace only with <c>--verbose</c>. The API key is masked in everything it prints.
    /// </summary>
    internal sealed class ErrorReporter
    {
        private const int MaxMessageChars = 300;
        private readonly TextWriter _stderr;
        private readonly SecretRedactor _redactor;

        public ErrorReporter(TextWriter stderr, SecretRedactor redactor)
        {
            _stderr = stderr;
            _redactor = redactor;
        }

        /// <summary>Reports a Letta failure (exit code 1).</summary>
        public int ReportFailure(Exception exception, bool verbose)
        {
            WriteLine(Describe(exception));
            if (verbose)
            {
                WriteLine(exception.ToString());
            }
            return ExitCodes.Failure;
        }

        /// <summary>Reports a usage error followed by the usage text (exit code 2).</summary>
        public int ReportUsage(string message, Action<TextWriter> writeUsage)
        {
            // Spectre names the option's CLR type ("Nullable`1", "Int32") in conversion errors.
            WriteLine("error: " + OneLine(message.Replace("to Nullable`1", "to a whole number", StringComparison.Ordinal).Replace("to Int32", "to a whole number", StringComparison.Ordinal)));
            _stderr.WriteLine();
            writeUsage(_stderr);
            return ExitCodes.Usage;
        }

        public static string Describe(Exception exception) => exception switch
        {
            LettaApiException api => "error: " + Kind(api) + " (" + api.StatusCode + "): " + ServerMessage(api),
            LettaConnectionException connection => "error: cannot connect to the server: " + OneLine(Innermost(connection).Message),
            LettaTimeoutException timeout => "error: the server did not answer within " + timeout.Timeout.TotalSeconds + " s",
            LettaPaginationException pagination => "error: the server's pages are inconsistent: " + OneLine(pagination.Message),
            LettaException letta => "error: " + OneLine(letta.Message),
            _ => "error: unexpected failure: " + exception.GetType().Name + ": " + OneLine(exception.Message),
        };

        private static string Kind(LettaApiException exception) => exception switch
        {
            LettaAuthenticationException => "authentication failed",
            LettaPermissionDeniedException => "permission denied",
            LettaCursorNotFoundException => "unknown cursor",
            LettaBadRequestException => "bad request",
            LettaNotFoundException => "not found",
            LettaConflictException => "conflict",
            LettaUnprocessableEntityException => "invalid request",
            LettaRateLimitException => "rate limited",
            LettaServerException => "server error",
            LettaResponseException => "unexpected response",
            _ => "request failed",
        };

        /// <summary>The server's own words, as the library read them: its <c>detail</c>, else the start of the body.</summary>
        private static string ServerMessage(LettaApiException exception)
        {
            if (exception.Detail is { } detail) return OneLine(detail);
            return string.IsNullOrWhiteSpace(exception.ResponseBody) ? "(empty response)" : OneLine(exception.ResponseBody);
        }

        private static Exception Innermost(Exception exception) =>
            exception.InnerException is null ? exception : Innermost(exception.InnerException);

        private static string OneLine(string text)
        {
            var collapsed = string.Join(" ", text.Split(new[] { ' ', '\r', '\n', '\t' }, StringSplitOptions.RemoveEmptyEntries));
            return collapsed.Length <= MaxMessageChars ? collapsed : collapsed.Substring(0, MaxMessageChars) + "…";
        }

        private void WriteLine(string text) => _stderr.WriteLine(_redactor.Redact(text));
    }
}

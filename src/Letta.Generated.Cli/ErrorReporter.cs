using System;
using System.IO;
using Letta.Generated.Cli.Options;
using Letta.Generated.Cli.Output;

namespace Letta.Generated.Cli
{
    /// <summary>
    /// Everything the tool says on stderr about a failure: ONE line, <c>error: &lt;kind&gt; (&lt;status&gt;):
    /// &lt;what the server or the library said&gt;</c>, plus the stack trace with <c>--verbose</c>. Every line goes through
    /// the library's <see cref="SecretRedactor"/> and has its control characters made visible.
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

        /// <summary>A failure of the server, the connection or the output (exit 1).</summary>
        public int ReportFailure(Exception exception, bool verbose)
        {
            WriteLine(Describe(exception));
            if (verbose)
            {
                foreach (var line in exception.ToString().Split('\n')) WriteLine(Printable.Of(line.TrimEnd('\r')));
            }

            return ExitCodes.Failure;
        }

        /// <summary>A usage or configuration error (exit 2): the error and a pointer to <c>--help</c>.</summary>
        public int ReportUsage(string message)
        {
            WriteLine("error: " + OneLine(message));
            WriteLine(HelpText.UsageHint);
            return ExitCodes.Usage;
        }

        /// <summary>A line for people, such as a note: secrets removed, control characters visible.</summary>
        public void WriteLine(string text) => _stderr.WriteLine(_redactor.Redact(text));

        public static string Describe(Exception exception) => exception switch
        {
            // A 2xx the client cannot use: the library's message names the field and the reason.
            LettaResponseException response => "error: unexpected response (" + response.StatusCode + "): " + OneLine(response.Message) + RequestId(response),
            LettaApiException api => "error: " + Kind(api) + " (" + api.StatusCode + "): " + ServerMessage(api) + RequestId(api) + Hint(api),
            // The library's message names the origin, the attempts and the cause (proxy, certificate, refusal).
            LettaConnectionException connection => "error: " + OneLine(connection.Message),
            LettaTimeoutException timeout => "error: the server did not answer within " + timeout.Timeout.TotalSeconds + " s",
            LettaPaginationException pagination => "error: the server's pages are inconsistent: " + OneLine(pagination.Message),
            LettaException letta => "error: " + OneLine(letta.Message),
            StdoutFailedException output => "error: cannot write the output: " + OneLine(output.Message),
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
            _ => "request failed",
        };

        /// <summary>The server's own words as the library read them: its <c>detail</c>, else the start of the body.</summary>
        private static string ServerMessage(LettaApiException exception)
        {
            if (!string.IsNullOrWhiteSpace(exception.Detail)) return OneLine(exception.Detail!);
            return string.IsNullOrWhiteSpace(exception.ResponseBody) ? "(empty response)" : OneLine(exception.ResponseBody);
        }

        private static string RequestId(LettaApiException exception) =>
            exception.RequestId is { } id ? " [request id " + OneLine(id) + "]" : string.Empty;

        // A 401 is almost always a missing or wrong key: say where the tool reads it.
        private static string Hint(LettaApiException exception) =>
            exception is LettaAuthenticationException ? " (check --api-key or LETTA_API_KEY)" : string.Empty;

        /// <summary>The library's one sanitizer: whitespace collapsed to single spaces, controls and direction marks escaped, cut at 300 characters.</summary>
        public static string OneLine(string text) => ErrorMessages.OneLine(text.Trim(), MaxMessageChars);

        /// <summary>The line --watch and --wait print for a failed poll: what failed (printable, one line) and when the next poll comes.</summary>
        public static string PollFailed(string reason, TimeSpan nextIn) =>
            "letta-batches: poll failed (" + OneLine(Printable.Of(reason)) + "); next poll in " + Duration.Format(nextIn) + ".";
    }
}

using System;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Letta.Generated
{
    /// <summary>
    /// What a continuation token carries: the last batch of a page (id and creation time, so the next
    /// page can be checked against it without a request), the order, and the cursor reading if it is
    /// known (so a resumed listing does not probe again). Encoded as URL-safe base64 of a small JSON.
    /// </summary>
    internal sealed class ContinuationToken
    {
        private const int FormatVersion = 1;

        public ContinuationToken(SortOrder order, CursorReading reading, PageCursor cursor)
        {
            Order = order;
            Reading = reading;
            Cursor = cursor;
        }

        public SortOrder Order { get; }

        public CursorReading Reading { get; }

        public PageCursor Cursor { get; }

        public string Encode()
        {
            var json = new JObject
            {
                ["v"] = FormatVersion,
                ["o"] = Order.Value,
                ["r"] = (int)Reading,
                ["id"] = Cursor.Id,
                ["t"] = Cursor.CreatedAt?.UtcTicks,
            };
            var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(json.ToString(Formatting.None)));
            return base64.TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }

        public static ContinuationToken Decode(string token, string parameterName)
        {
            try
            {
                var base64 = token.Replace('-', '+').Replace('_', '/');
                base64 += new string('=', (4 - base64.Length % 4) % 4);
                var json = JObject.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
                if ((int?)json["v"] != FormatVersion) throw new FormatException("unknown version");
                var order = new SortOrder((string?)json["o"] ?? throw new FormatException("no order"));
                var reading = (CursorReading)((int?)json["r"] ?? 0);
                var id = (string?)json["id"];
                if (string.IsNullOrEmpty(id) || !Enum.IsDefined(typeof(CursorReading), reading) || !order.IsKnown) throw new FormatException("bad fields");
                var ticks = (long?)json["t"];
                var createdAt = ticks is { } t ? new DateTimeOffset(t, TimeSpan.Zero) : (DateTimeOffset?)null;
                return new ContinuationToken(order, reading, new PageCursor(id!, createdAt));
            }
            catch (Exception exception) when (exception is FormatException || exception is JsonException || exception is ArgumentException || exception is InvalidCastException || exception is OverflowException)
            {
                throw new ArgumentException("The continuation token is not one this library produced (take it from LettaPage.ContinuationToken).", parameterName, exception);
            }
        }
    }
}

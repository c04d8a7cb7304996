using System;

namespace Letta.Generated.Tests.Support
{
    /// <summary>Runs code with the process time zone set to one far from UTC, then restores it.</summary>
    internal sealed class NonUtcTimeZone : IDisposable
    {
        private readonly string? _previous;

        public NonUtcTimeZone(string zone = "Asia/Kolkata")
        {
            _previous = Environment.GetEnvironmentVariable("TZ");
            Environment.SetEnvironmentVariable("TZ", zone);
            TimeZoneInfo.ClearCachedData();
        }

        public void Dispose()
        {
            Environment.SetEnvironmentVariable("TZ", _previous);
            TimeZoneInfo.ClearCachedData();
        }
    }
}

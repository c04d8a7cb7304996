namespace Letta.Generated.Simulator.Internal.Bodies
{
    /// <summary>
    /// <see cref="FaultKind.CorruptGzipBody"/>: a well-formed gzip header (RFC 1952) followed by a deflate block of the
    /// reserved type 3 (RFC 1951 §3.2.3), which every decoder must reject. Decoders get past the header, so the failure
    /// is the one a damaged body gives, not "this is not gzip at all".
    /// </summary>
    internal static class CorruptGzipBody
    {
        public static byte[] Bytes => new byte[]
        {
            0x1f, 0x8b, // gzip magic
            0x08,       // compression method: deflate
            0x00,       // flags: none
            0x00, 0x00, 0x00, 0x00, // modification time: none
            0x00,       // extra flags
            0xff,       // operating system: unknown
            0x07,       // BFINAL = 1, BTYPE = 11 (reserved: an error)
            0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
        };
    }
}

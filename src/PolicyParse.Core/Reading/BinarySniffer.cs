namespace PolicyParse.Reading;

/// <summary>Recognises well-known binary containers so that a renamed file gets a precise message.</summary>
internal static class BinarySniffer
{
    private static readonly (byte[] Magic, string Name)[] Signatures =
    [
        ([0x50, 0x4B, 0x03, 0x04], "a zip container (.docx, .xlsx or .zip)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an OLE compound file (legacy .doc/.wps, or a password-protected Office document)"),
        ("%PDF"u8.ToArray(), "a PDF document"),
        ("{\\rtf"u8.ToArray(), "an RTF document"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable"),
    ];

    /// <summary>Names the container the bytes start with, or null.</summary>
    public static string? Identify(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, name) in Signatures)
            if (bytes.StartsWith(magic))
                return name;
        return null;
    }

    /// <summary>Throws for content that is a known binary format or is full of NUL bytes without being UTF-16.</summary>
    public static void RejectBinary(ReadOnlySpan<byte> bytes)
    {
        if (Identify(bytes) is { } name)
            throw new InputException(FailureKind.UnsupportedFormat, $"the file is {name}, not text");
    }
}

namespace PolicyParse.Cli.Commands;

/// <summary>
/// Names the format of bytes that come without a file name (standard input): the reader formats
/// by their signatures, text otherwise.
/// </summary>
public static class FormatSniffer
{
    public static string Sniff(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("PK\u0003\u0004"u8)) return "docx";
        if (bytes.StartsWith("%PDF"u8)) return "pdf";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) return "doc";
        if (bytes.StartsWith("{\\rtf"u8)) return "rtf";
        var start = bytes;
        if (start.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) start = start[3..];
        start = start.TrimStart(" \t\r\n"u8);
        if (StartsWithIgnoreCase(start, "<!DOCTYPE html"u8) || StartsWithIgnoreCase(start, "<html"u8)) return "html";
        return "txt";
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> ascii)
    {
        if (bytes.Length < ascii.Length) return false;
        for (var i = 0; i < ascii.Length; i++)
            if (char.ToLowerInvariant((char)bytes[i]) != char.ToLowerInvariant((char)ascii[i])) return false;
        return true;
    }
}

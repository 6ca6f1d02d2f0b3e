using System.Text;
using UtfUnknown;

namespace PolicyParse.Reading;

/// <summary>
/// Decodes text files of unknown encoding: BOMs first, then a charset detector (UTF.Unknown),
/// restricted to the encodings Chinese notices actually come in.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return (Strict(StrictUtf8, bytes[3..]), "utf-8-bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (Strict(new UnicodeEncoding(false, false, true), bytes[2..]), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (Strict(new UnicodeEncoding(true, false, true), bytes[2..]), "utf-16be");

        // Valid UTF-8 is by far the most common case and cannot be mistaken for GB18030 text in practice.
        if (TryStrict(StrictUtf8, bytes, out var utf8))
            return (utf8, "utf-8");

        var detected = CharsetDetector.DetectFromBytes(bytes.ToArray()).Detected;
        var name = detected?.EncodingName?.ToLowerInvariant();
        if (name is "utf-16le" or "utf-16be" && TryStrict(new UnicodeEncoding(name == "utf-16be", false, true), bytes, out var detectedUtf16))
            return (detectedUtf16, name);

        // Without a BOM, UTF-16 shows as many zero bytes at alternating positions.
        if (LooksLikeUtf16(bytes, out var be) && TryStrict(new UnicodeEncoding(be, false, true), bytes, out var utf16))
            return (utf16, be ? "utf-16be" : "utf-16le");

        // GB18030 is a superset of GBK and GB2312: it decodes all of them.
        var gb = Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        if (TryStrict(gb, bytes, out var gbText) && MostlyCjkOrAscii(gbText))
            return (gbText, "gb18030");

        throw new InputException(InputFailureKind.UnknownEncoding,
            $"cannot decode the text (not UTF-8, UTF-16 or GB18030{(name is null ? "" : $"; detector guessed {name}")})");
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes) =>
        TryStrict(encoding, bytes, out var text)
            ? text
            : throw new InputException(InputFailureKind.UnknownEncoding, $"the text is not valid {encoding.WebName} although it starts with its byte order mark");

    private static bool TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        if (bytes.Length < 4 || bytes.Length % 2 != 0) return false;
        int zeroEven = 0, zeroOdd = 0, n = Math.Min(bytes.Length, 4096);
        for (var i = 0; i < n; i++)
            if (bytes[i] == 0) { if (i % 2 == 0) zeroEven++; else zeroOdd++; }
        // ASCII-heavy UTF-16 has zeros in one half; CJK-heavy UTF-16 has none, but then strict
        // GB18030 decoding usually fails and the caller falls through to the error.
        if (zeroOdd > n / 8 && zeroEven == 0) return true;
        if (zeroEven > n / 8 && zeroOdd == 0) { bigEndian = true; return true; }
        return false;
    }

    /// <summary>Text decoded from binary junk as GB18030 is full of control characters and rare symbols.</summary>
    private static bool MostlyCjkOrAscii(string text)
    {
        if (text.Length == 0) return true;
        var bad = 0;
        foreach (var c in text)
            if ((char.IsControl(c) && c is not ('\r' or '\n' or '\t' or '\f')) || c == '\uFFFD')
                bad++;
        return bad * 50 < text.Length;
    }
}

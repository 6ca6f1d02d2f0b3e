using PolicyParse.Lexicon;
using System.Text;
using UtfUnknown;

namespace PolicyParse.Reading;

/// <summary>
/// Decodes text files of unknown encoding: BOMs first, then a charset detector (UTF.Unknown),
/// restricted to the encodings Chinese notices actually come in.
/// </summary>
internal static class TextDecoder
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

        // Without a BOM, UTF-16 is the only candidate with NUL bytes (ASCII in UTF-16, and many CJK code points).
        if (bytes.IndexOf((byte)0) >= 0 && bytes.Length % 2 == 0)
        {
            (string? Text, string Name) best = (null, "");
            foreach (var bigEndian in (ReadOnlySpan<bool>)[false, true])
                if (TryStrict(new UnicodeEncoding(bigEndian, false, true), bytes, out var candidate)
                    && (best.Text is null || Plausibility(candidate) > Plausibility(best.Text)))
                    best = (candidate, bigEndian ? "utf-16be" : "utf-16le");
            if (best.Text is not null && Plausibility(best.Text) >= 0.9)
                return (best.Text, best.Name);
        }

        // GB18030 is a superset of GBK and GB2312: it decodes all of them.
        var gb = Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        if (bytes.IndexOf((byte)0) < 0 && TryStrict(gb, bytes, out var gbText) && Plausibility(gbText) >= 0.9)
            return (gbText, "gb18030");

        throw new InputException(FailureKind.UnknownEncoding,
            $"cannot decode the text (not UTF-8, UTF-16 or GB18030{(name is null ? "" : $"; detector guessed {name}")})");
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes) =>
        TryStrict(encoding, bytes, out var text)
            ? text
            : throw new InputException(FailureKind.UnknownEncoding, $"the text is not valid {encoding.WebName} although it starts with its byte order mark");

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

    /// <summary>
    /// The share of characters a notice is made of: CJK, printable ASCII, line breaks. Bytes decoded
    /// with the wrong encoding give rare symbols, control characters and private-use code points.
    /// </summary>
    private static double Plausibility(string text)
    {
        if (text.Length == 0) return 1;
        var good = 0;
        foreach (var c in text)
            if (c is >= ' ' and <= '~' or '\r' or '\n' or '\t' || CjkText.IsCjk(c) || CjkText.IsSpace(c))
                good++;
        return good / (double)text.Length;
    }
}

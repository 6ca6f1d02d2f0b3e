using System.Text;
using System.Text.RegularExpressions;

namespace PolicyParse.Reading.Html;

/// <summary>
/// Decodes a saved page: a byte order mark wins, then the charset the page declares in its first
/// bytes (<c>&lt;meta charset&gt;</c> or <c>http-equiv="Content-Type"</c>), then the text decoder's
/// sniffing. GB2312 and GBK are read as GB18030, their superset: pages declaring GB2312 routinely
/// hold GBK characters.
/// </summary>
internal static class HtmlEncoding
{
    /// <summary>Browsers look for the declaration in the first 1024 bytes; saved pages often have long heads, so look further.</summary>
    private const int PrescanBytes = 4096;

    private static readonly Regex MetaCharset = new(
        @"<meta\b[^>]*?\bcharset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9_\-:.]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    static HtmlEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string EncodingName) Decode(ReadOnlySpan<byte> bytes)
    {
        if (HasBom(bytes)) return TextDecoder.Decode(bytes);

        var declared = Declared(bytes);
        if (declared is not null && Resolve(declared) is { } encoding)
        {
            try
            {
                var strict = (Encoding)encoding.Clone();
                strict.DecoderFallback = DecoderFallback.ExceptionFallback;
                return (strict.GetString(bytes), NameOf(encoding));
            }
            catch (DecoderFallbackException)
            {
                // The declaration is wrong (a page re-saved in another encoding): sniff instead.
            }
        }
        return TextDecoder.Decode(bytes);
    }

    /// <summary>The charset named in a meta tag near the start, or null.</summary>
    public static string? Declared(ReadOnlySpan<byte> bytes)
    {
        // The declaration itself is ASCII in every encoding a page can declare this way.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        var m = MetaCharset.Match(head);
        return m.Success ? m.Groups["name"].Value.ToLowerInvariant() : null;
    }

    /// <summary>The encoding to read a declared charset with, or null when it is unknown.</summary>
    public static Encoding? Resolve(string name)
    {
        switch (name.ToLowerInvariant())
        {
            case "gb2312" or "gbk" or "gb18030" or "x-gbk" or "cp936" or "windows-936" or "euc-cn" or "x-euc-cn" or "csgb2312" or "chinese":
                return Encoding.GetEncoding(54936);
            // A meta tag cannot declare UTF-16 (it would not be readable as ASCII): browsers take it as UTF-8.
            case "utf8" or "utf-8" or "unicode-1-1-utf-8" or "utf-16" or "utf-16le" or "utf-16be":
                return new UTF8Encoding(false);
        }
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static string NameOf(Encoding encoding) => encoding.CodePage switch
    {
        54936 => "gb18030",
        65001 => "utf-8",
        _ => encoding.WebName.ToLowerInvariant(),
    };

    private static bool HasBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
}

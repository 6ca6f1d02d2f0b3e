using System.Text;

namespace PolicyParse.Reading.Html;

/// <summary>Tells an HTML page from a text copy by its first bytes, whatever the file is named.</summary>
internal static class HtmlSniffer
{
    private const int HeadBytes = 1024;

    public static bool IsHtml(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, HeadBytes)];
        // UTF-16 pages: drop the NUL bytes of the ASCII markup before looking.
        var text = head.IndexOf((byte)0) >= 0
            ? Encoding.Latin1.GetString(head).Replace("\0", "")
            : Encoding.Latin1.GetString(head);
        text = text.TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', '\u00FF', '\u00FE');
        return HtmlReader.LooksLikeHtml(text);
    }
}

using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace PolicyParse.Reading.Pdf;

/// <summary>
/// Checks a file claiming to be a PDF before and while PdfPig opens it: names the real format of
/// renamed files, recognises truncated and password-protected PDFs, and turns every failure of
/// the library into one <see cref="InputException"/> line.
/// </summary>
internal static class PdfGuard
{
    /// <summary>Notices run to a few dozen pages; a longer file is not one and would only cost time.</summary>
    public const int MaxPages = 500;

    // The spec allows the header anywhere in the first 1024 bytes (some producers prepend junk).
    private const int HeaderWindow = 1024;
    // %%EOF must close the file; incremental updates and trailing whitespace leave it near the end.
    private const int TrailerWindow = 2048;

    /// <exception cref="InputException">The bytes are not a complete PDF.</exception>
    public static void CheckBytes(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, HeaderWindow)];
        if (head.IndexOf("%PDF-"u8) < 0)
        {
            if (bytes.StartsWith("PK\u0003\u0004"u8))
                throw Unsupported(bytes.IndexOf("word/"u8) >= 0
                    ? "the file is a Word document (.docx), not a PDF; rename it to .docx"
                    : "the file is a zip container, not a PDF");
            if (BinarySniffer.Identify(bytes) is { } name)
                throw Unsupported($"the file is {name}, not a PDF");
            throw Unsupported("the file is not a PDF (no %PDF- header)");
        }
        var tail = bytes[Math.Max(0, bytes.Length - TrailerWindow)..];
        if (tail.IndexOf("%%EOF"u8) < 0)
            throw Unsupported("the PDF is truncated or corrupt (no %%EOF end marker)");
    }

    /// <summary>Opens the document; the caller disposes it and wraps its own reading in <see cref="Run{T}"/>.</summary>
    public static PdfDocument Open(ReadOnlyMemory<byte> content) =>
        Run(() =>
        {
            var document = PdfDocument.Open(content.ToArray(), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
            if (document.NumberOfPages > MaxPages)
            {
                document.Dispose();
                throw Unsupported($"the PDF has {document.NumberOfPages} pages; a notice has far fewer (limit {MaxPages})");
            }
            if (document.NumberOfPages == 0)
            {
                document.Dispose();
                throw new InputException(FailureKind.Empty, "the PDF has no pages");
            }
            return document;
        });

    /// <summary>Runs PdfPig code: whatever it throws becomes one line naming the problem.</summary>
    public static T Run<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (InputException)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException)
        {
            throw Unsupported("the PDF is password-protected; remove the password and save it again");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PdfPig reports corruption with many exception types (PdfDocumentFormatException,
            // InvalidOperationException, IndexOutOfRange...): all mean the same to a user.
            throw Unsupported($"the PDF is corrupt or unreadable ({OneLine(e.Message)})");
        }
    }

    private static InputException Unsupported(string message) => new(FailureKind.UnsupportedFormat, message);

    private static string OneLine(string message)
    {
        var sb = new StringBuilder();
        foreach (var c in message)
        {
            if (c is '\r' or '\n') break;
            sb.Append(c);
            if (sb.Length >= 160) break;
        }
        return sb.ToString().TrimEnd('.');
    }
}

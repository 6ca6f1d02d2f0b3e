using System.IO.Compression;
using System.Text;

namespace PolicyParse.Reading.Docx;

/// <summary>
/// Checks a file claiming to be .docx before any XML is parsed: names the real format of renamed
/// files, recognises encrypted documents, and refuses corrupt zips and zip bombs within bounded
/// time and memory (it reads only the zip's central directory).
/// </summary>
internal static class PackageGuard
{
    /// <summary>No notice needs more; a zip declaring more is a bomb or not a notice.</summary>
    public const long MaxUncompressedBytes = 256L * 1024 * 1024;
    public const int MaxEntries = 2000;
    // XML parts of real documents compress 5–30 times; deflate cannot exceed about 1030.
    private const int MaxCompressionRatio = 100;

    public static void Check(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            throw new InputException(FailureKind.UnsupportedFormat, ContainsUtf16(bytes, "EncryptionInfo") || ContainsUtf16(bytes, "EncryptedPackage")
                ? "the document is password-protected (an encrypted Office container); remove the password and save it again"
                : "the file is a legacy binary document (.doc/.wps, an OLE container), not .docx; save it as .docx");
        if (BinarySniffer.Identify(bytes) is { } name && !bytes.StartsWith("PK\u0003\u0004"u8))
            throw new InputException(FailureKind.UnsupportedFormat, $"the file is {name}, not a .docx");
        if (!bytes.StartsWith("PK\u0003\u0004"u8))
            throw new InputException(FailureKind.UnsupportedFormat, "the file is not a .docx (no zip container)");
    }

    /// <summary>Opens the zip after checking its central directory; the caller disposes it.</summary>
    public static ZipArchive OpenChecked(Stream stream)
    {
        ZipArchive? zip = null;
        var checkedOk = false;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
                throw new InputException(FailureKind.UnsupportedFormat, $"the .docx holds {zip.Entries.Count} parts; a notice has far fewer (zip bomb?)");
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxUncompressedBytes || (entry.Length > 1024 * 1024 && entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > MaxCompressionRatio))
                    throw new InputException(FailureKind.UnsupportedFormat, "the .docx expands to far more than a notice could hold (zip bomb?)");
            }
            if (zip.GetEntry("word/document.xml") is null && !zip.Entries.Any(e => e.FullName.EndsWith("document.xml", StringComparison.OrdinalIgnoreCase)))
                throw new InputException(FailureKind.UnsupportedFormat, "the zip holds no Word document (no word/document.xml)");
            checkedOk = true;
            return zip;
        }
        catch (InvalidDataException e)
        {
            throw new InputException(FailureKind.UnsupportedFormat, $"the .docx is corrupt or truncated ({e.Message.TrimEnd('.')})");
        }
        finally
        {
            if (!checkedOk) zip?.Dispose();
        }
    }

    private static bool ContainsUtf16(ReadOnlySpan<byte> bytes, string name) =>
        bytes.IndexOf(Encoding.Unicode.GetBytes(name)) >= 0;
}

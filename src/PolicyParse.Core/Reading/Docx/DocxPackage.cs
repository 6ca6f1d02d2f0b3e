using System.IO.Compression;
using System.Xml;

namespace PolicyParse.Reading.Docx;

/// <summary>
/// The parts of a Word package this reader needs, found as Open Packaging Conventions say: the main
/// document through the package's relationships, numbering and styles through the main document's.
/// </summary>
internal sealed class DocxPackage(ZipArchive zip, string mainPart)
{
    private const string OfficeDocument = "/officeDocument";
    private const string NumberingType = "/numbering";
    private const string StylesType = "/styles";

    /// <summary>The package's main document part, or null when its relationships name none.</summary>
    public static DocxPackage? Open(ZipArchive zip)
    {
        var main = Related(zip, "", "_rels/.rels", OfficeDocument);
        return main is null || Find(zip, main) is null ? null : new DocxPackage(zip, main);
    }

    public Stream OpenMain() => Find(zip, mainPart)!.Open();

    public Stream? OpenNumbering() => OpenRelated(NumberingType);

    public Stream? OpenStyles() => OpenRelated(StylesType);

    private Stream? OpenRelated(string type)
    {
        var folder = mainPart.Contains('/', StringComparison.Ordinal) ? mainPart[..(mainPart.LastIndexOf('/') + 1)] : "";
        var rels = $"{folder}_rels/{mainPart[folder.Length..]}.rels";
        return Related(zip, folder, rels, type) is { } part ? Find(zip, part)?.Open() : null;
    }

    /// <summary>The target of the first internal relationship of this type (strict or transitional), as a zip entry name.</summary>
    private static string? Related(ZipArchive zip, string folder, string relsPart, string typeSuffix)
    {
        if (Find(zip, relsPart) is not { } entry) return null;
        using var reader = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
            if (reader.GetAttribute("TargetMode") is { } mode && mode.Equals("External", StringComparison.OrdinalIgnoreCase)) continue;
            if (reader.GetAttribute("Type") is { } type && type.EndsWith(typeSuffix, StringComparison.Ordinal)
                && reader.GetAttribute("Target") is { Length: > 0 } target)
                return Resolve(folder, Uri.UnescapeDataString(target));
        }
        return null;
    }

    private static string Resolve(string folder, string target)
    {
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var parts = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    /// <summary>Part names are case-insensitive in a package; zip entry names are not.</summary>
    private static ZipArchiveEntry? Find(ZipArchive zip, string name) =>
        zip.GetEntry(name) ?? zip.Entries.FirstOrDefault(e => e.FullName.Equals(name, StringComparison.OrdinalIgnoreCase));
}

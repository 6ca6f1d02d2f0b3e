using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PolicyParse.Serialization.Xlsx;

/// <summary>
/// Writes named worksheets as an .xlsx package with deterministic bytes: the package is built in
/// memory, then copied entry by entry with a fixed timestamp (the zip entries otherwise carry the
/// time of writing), so the same notice gives the same file.
/// </summary>
internal static class XlsxPackage
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(IReadOnlyList<(string Name, Worksheet Sheet)> sheets, Stream output)
    {
        using var built = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(built, SpreadsheetDocumentType.Workbook))
        {
            // A fixed relationship id: the SDK would otherwise pick a random one, and the bytes would differ per run.
            var workbook = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>("rIdStyles");
            styles.Stylesheet = WorkbookStyles.Create();
            var list = new Sheets();
            for (var i = 0; i < sheets.Count; i++)
            {
                var id = $"rIdSheet{i + 1}";
                var part = workbook.AddNewPart<WorksheetPart>(id);
                part.Worksheet = sheets[i].Sheet;
                list.Append(new Sheet { Name = sheets[i].Name, SheetId = (uint)(i + 1), Id = id });
            }
            workbook.Workbook.Append(new BookViews(new WorkbookView { ActiveTab = 0 }), list);
        }

        built.Position = 0;
        using var source = new ZipArchive(built, ZipArchiveMode.Read);
        using var buffer = new MemoryStream();
        using (var target = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }
}

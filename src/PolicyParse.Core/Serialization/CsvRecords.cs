using System.Buffers;

namespace PolicyParse.Serialization;

/// <summary>
/// One CSV record (RFC 4180, CRLF), quoting as CsvHelper's defaults do: a field is quoted when it
/// holds a comma, quote or line break, or starts or ends with a space. Written by hand because
/// CsvHelper does not compile under native AOT without trim warnings.
/// </summary>
internal static class CsvRecords
{
    private static readonly SearchValues<char> NeedsQuotes = SearchValues.Create(",\"\r\n");

    /// <summary>Writes the fields as one record; null is an empty field.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) writer.Write(',');
            WriteField(writer, fields[i] ?? "");
        }
        writer.Write("\r\n");
    }

    private static void WriteField(TextWriter writer, string field)
    {
        if (field.Length == 0 || (field.AsSpan().IndexOfAny(NeedsQuotes) < 0 && field[0] != ' ' && field[^1] != ' '))
        {
            writer.Write(field);
            return;
        }
        writer.Write('"');
        writer.Write(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}

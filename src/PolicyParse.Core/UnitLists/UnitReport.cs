using PolicyParse.Model;

namespace PolicyParse.UnitLists;

/// <summary>
/// The public entry to each unit's task list (<c>policyparse units</c>): one type, so the unit
/// records and writers stay internal and the API small.
/// </summary>
public static class UnitReport
{
    /// <summary>The output formats by name: json, csv, xlsx, md.</summary>
    public static IReadOnlyList<string> Formats => UnitWriters.Names;

    /// <summary>
    /// Builds the units of <paramref name="notices"/> (only <paramref name="unit"/>'s when given) and
    /// returns what writes them in <paramref name="format"/>; null when <paramref name="unit"/> names
    /// no unit of the notices.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="format"/> is not one of <see cref="Formats"/>.</exception>
    public static Action<Stream>? Prepare(IReadOnlyList<(string Path, NoticeDocument Document)> notices, string? unit, string format)
    {
        var writer = UnitWriters.For(format);
        var index = UnitIndexBuilder.Build(notices);
        if (unit is not null)
        {
            index = UnitIndexBuilder.Only(index, unit);
            if (index.Units.Count == 0) return null;
        }
        return stream => writer.Write(index, stream);
    }
}

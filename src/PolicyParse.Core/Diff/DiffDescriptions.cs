using System.Globalization;
using PolicyParse.Model;

namespace PolicyParse.Diff;

/// <summary>Wording shared by the text and Markdown reports, so both say the same things.</summary>
internal static class DiffDescriptions
{
    /// <summary>（三）提升基层政务服务能力; a bare numeral (一 from a Word list) gets a space before the title.</summary>
    public static string KeyTask(KeyTask? k) =>
        k is null ? "(no key task)" :
        k.Number is { Length: > 0 } n && char.IsLetterOrDigit(n[^1]) ? $"{n} {k.Title}" : $"{k.Number}{k.Title}";

    public static string Units(IReadOnlyList<string> units) => units.Count == 0 ? "—" : string.Join("、", units);

    public static string Deadline(Deadline d) => d.Text.Length == 0 ? "—" : d.Text;

    public static string FieldLabel(string field) => field switch
    {
        TaskFields.KeyTask => "key task",
        _ => field,
    };

    /// <summary>Old and new value of one field, as the reports show them.</summary>
    public static (string Old, string New) Values(string field, TaskItem old, TaskItem @new) => field switch
    {
        TaskFields.Text => (old.Text, @new.Text),
        TaskFields.KeyTask => (KeyTask(old.KeyTask), KeyTask(@new.KeyTask)),
        TaskFields.Lead => (Units(old.Lead), Units(@new.Lead)),
        TaskFields.Support => (Units(old.Support), Units(@new.Support)),
        TaskFields.Deadline => (Deadline(old.Deadline), Deadline(@new.Deadline)),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "unknown task field"),
    };

    /// <summary>"2 added, 1 removed, 4 changed (3 text, 1 key task), 33 unchanged", or the no-difference sentence.</summary>
    public static string Summary(DiffReport report)
    {
        if (!report.HasDifferences)
            return $"No differences: all {Count(report.Unchanged, "task")} unchanged.";
        var byField = TaskFields.All
            .Select(f => (Field: f, Count: report.Changed.Count(c => c.Changes.Contains(f))))
            .Where(f => f.Count > 0)
            .Select(f => $"{f.Count} {FieldLabel(f.Field)}");
        var changed = report.Changed.Count == 0 ? "0 changed" : $"{report.Changed.Count} changed ({string.Join(", ", byField)})";
        return $"{report.Added.Count} added, {report.Removed.Count} removed, {changed}, {report.Unchanged} unchanged.";
    }

    public static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    public static string Similarity(double s) => s.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Signed(int gained, int lost) => $"+{gained} −{lost}";
}

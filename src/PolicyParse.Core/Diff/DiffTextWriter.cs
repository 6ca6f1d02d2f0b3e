using System.Text;
using PolicyParse.Model;
using static PolicyParse.Diff.DiffDescriptions;

namespace PolicyParse.Diff;

/// <summary>The readable report for a terminal or a text file.</summary>
internal sealed class DiffTextWriter(DiffTextStyle style) : IDiffWriter
{
    public void Write(DiffReport report, Stream output)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        w.WriteLine(style.RemovedLine($"--- old: {Describe(report.Old)}"));
        w.WriteLine(style.AddedLine($"+++ new: {Describe(report.New)}"));
        w.WriteLine();
        w.WriteLine(Summary(report));

        if (report.Added.Count > 0)
        {
            Section(w, $"Added ({report.Added.Count})");
            foreach (var t in report.Added)
                WriteTask(w, t, '+', style.AddedLine);
        }
        if (report.Removed.Count > 0)
        {
            Section(w, $"Removed ({report.Removed.Count})");
            foreach (var t in report.Removed)
                WriteTask(w, t, '-', style.RemovedLine);
        }
        if (report.Changed.Count > 0)
        {
            Section(w, $"Changed ({report.Changed.Count})");
            foreach (var c in report.Changed)
                WriteChange(w, c);
        }
        if (report.Units.Count > 0)
        {
            Section(w, "Units (tasks gained and lost as lead, as support)");
            foreach (var u in report.Units)
                w.WriteLine($"  lead {Signed(u.LeadGained, u.LeadLost)}  support {Signed(u.SupportGained, u.SupportLost)}  {u.Unit}");
        }
    }

    private static string Describe(DiffSide side) =>
        side.Title is null ? $"{side.Path} ({Count(side.Tasks, "task")})" : $"{side.Path} ({side.Title}, {Count(side.Tasks, "task")})";

    private void Section(StreamWriter w, string title)
    {
        w.WriteLine();
        w.WriteLine(style.Heading(title));
    }

    private static void WriteTask(StreamWriter w, TaskItem t, char sign, Func<string, string> mark)
    {
        w.WriteLine(mark($"  {sign} #{t.Index} {KeyTask(t.KeyTask)}"));
        w.WriteLine(mark($"      {t.Text}"));
        w.WriteLine(mark($"      lead: {Units(t.Lead)} | support: {Units(t.Support)} | deadline: {Deadline(t.Deadline)}"));
    }

    private void WriteChange(StreamWriter w, TaskChange c)
    {
        var where = c.Old.Index == c.New.Index ? $"#{c.New.Index}" : $"#{c.Old.Index} → #{c.New.Index}";
        var labels = string.Join(", ", c.Changes.Select(FieldLabel));
        w.WriteLine($"  ~ {where} {KeyTask(c.New.KeyTask)}: {labels} (similarity {Similarity(c.Similarity)})");
        w.WriteLine("      " + (c.TextDiff is { } edits ? Inline(edits) : c.New.Text));
        foreach (var field in c.Changes.Where(f => f != TaskFields.Text))
        {
            var (old, @new) = Values(field, c.Old, c.New);
            w.WriteLine($"      {FieldLabel(field)}: {style.RemovedLine(old)} → {style.AddedLine(@new)}");
        }
    }

    private string Inline(IReadOnlyList<TextEdit> edits)
    {
        var sb = new StringBuilder();
        foreach (var e in edits)
            sb.Append(e.Op switch
            {
                TextEditKind.Delete => style.Deleted(e.Text),
                TextEditKind.Insert => style.Inserted(e.Text),
                _ => e.Text,
            });
        return sb.ToString();
    }
}

using System.Text;
using PolicyParse.Model;
using static PolicyParse.Diff.DiffDescriptions;

namespace PolicyParse.Diff;

/// <summary>
/// GitHub-flavoured Markdown for CI comments. Inline edits use &lt;del&gt;/&lt;ins&gt;, not ~~: GFM
/// strikethrough does not open or close next to CJK punctuation, which task texts are full of.
/// </summary>
internal sealed class DiffMarkdownWriter : IDiffWriter
{
    public void Write(DiffReport report, Stream output)
    {
        using var w = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        w.WriteLine("### Task changes");
        w.WriteLine();
        w.WriteLine($"- old: {Describe(report.Old)}");
        w.WriteLine($"- new: {Describe(report.New)}");
        w.WriteLine();
        w.WriteLine($"**{Summary(report)}**");

        if (report.Added.Count > 0)
            TaskTable(w, $"Added ({report.Added.Count})", report.Added);
        if (report.Removed.Count > 0)
            TaskTable(w, $"Removed ({report.Removed.Count})", report.Removed);
        if (report.Changed.Count > 0)
        {
            w.WriteLine();
            w.WriteLine($"#### Changed ({report.Changed.Count})");
            w.WriteLine();
            foreach (var c in report.Changed)
                WriteChange(w, c);
        }
        if (report.Units.Count > 0)
        {
            w.WriteLine();
            w.WriteLine("#### Units");
            w.WriteLine();
            w.WriteLine("| unit | lead gained | lead lost | support gained | support lost |");
            w.WriteLine("| --- | ---: | ---: | ---: | ---: |");
            foreach (var u in report.Units)
                w.WriteLine($"| {Escape(u.Unit)} | {u.LeadGained} | {u.LeadLost} | {u.SupportGained} | {u.SupportLost} |");
        }
    }

    private static string Describe(DiffSide side) =>
        $"`{side.Path.Replace('`', '\'')}`" + (side.Title is null ? "" : $" — {Escape(side.Title)}") + $" ({Count(side.Tasks, "task")})";

    private static void TaskTable(StreamWriter w, string title, IReadOnlyList<TaskItem> tasks)
    {
        w.WriteLine();
        w.WriteLine($"#### {title}");
        w.WriteLine();
        w.WriteLine("| # | key task | task | lead | support | deadline |");
        w.WriteLine("| ---: | --- | --- | --- | --- | --- |");
        foreach (var t in tasks)
            w.WriteLine($"| {t.Index} | {Escape(KeyTask(t.KeyTask))} | {Escape(t.Text)} | {Escape(Units(t.Lead))} | {Escape(Units(t.Support))} | {Escape(Deadline(t.Deadline))} |");
    }

    private static void WriteChange(StreamWriter w, TaskChange c)
    {
        var where = c.Old.Index == c.New.Index ? $"#{c.New.Index}" : $"#{c.Old.Index} → #{c.New.Index}";
        var labels = string.Join(", ", c.Changes.Select(FieldLabel));
        w.WriteLine($"- **{where}** {Escape(KeyTask(c.New.KeyTask))}: {labels} (similarity {Similarity(c.Similarity)})");
        w.WriteLine(c.TextDiff is { } edits ? $"  - text: {Inline(edits)}" : $"  - task: {Escape(c.New.Text)}");
        foreach (var field in c.Changes.Where(f => f != TaskFields.Text))
        {
            var (old, @new) = Values(field, c.Old, c.New);
            w.WriteLine($"  - {FieldLabel(field)}: <del>{Escape(old)}</del> → <ins>{Escape(@new)}</ins>");
        }
    }

    private static string Inline(IReadOnlyList<TextEdit> edits)
    {
        var sb = new StringBuilder();
        foreach (var e in edits)
            sb.Append(e.Op switch
            {
                TextEditKind.Delete => $"<del>{Escape(e.Text)}</del>",
                TextEditKind.Insert => $"<ins>{Escape(e.Text)}</ins>",
                _ => Escape(e.Text),
            });
        return sb.ToString();
    }

    /// <summary>Text as literal Markdown: no emphasis, links, HTML or table breaks, one line.</summary>
    internal static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\r': break;
                case '\n': sb.Append("<br>"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~' or '#':
                    sb.Append('\\').Append(ch); break;
                default: sb.Append(ch); break;
            }
        }
        return sb.ToString();
    }
}

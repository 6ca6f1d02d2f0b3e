using System.Text.RegularExpressions;
using PolicyParse.Model;
using PolicyParse.Normalization;
using PolicyParse.Structure;
using PolicyParse.Lexicon;
using PolicyParse.Text;

namespace PolicyParse.Tasks.Inline;

/// <summary>
/// Tasks written inline in the body: a numbered item (or a run of text) closed by a responsibility
/// note. Rules, applied to each section from the top of the tree down:
/// <list type="bullet">
/// <item>A section whose whole text (with its sub-items) carries exactly one note, at its end, is one
/// task: <c>1.优化审批流程。（1）……（2）……（区行政审批局牵头）</c> gives one task holding both sub-items.
/// Its key task is the nearest enclosing section of level 1 or 2.</item>
/// <item>Otherwise each note in the section's own text closes one task, made of the text since the
/// previous note; in a level-1 or level-2 section that text starts after the section's title, and
/// the section is the key task.</item>
/// </list>
/// The task's text is the item without its number and without the note.
/// </summary>
internal static partial class InlineTaskRecognizer
{
    // A sentence that hands a set of tasks to units it names in prose: reported, never turned into units.
    [GeneratedRegex("(以下|上述|以上|下列|各项|所有|全部)[^。]{0,10}任务[^。]{0,24}(均|都|须|需|要)")]
    private static partial Regex Widening { get; }

    private sealed class Node(Section section, Node? parent)
    {
        public Section Section { get; } = section;
        public Node? Parent { get; } = parent;
        public List<Piece> Own { get; } = [];
        public List<Node> Children { get; } = [];
        public string HeadingRest { get; set; } = "";

        public IEnumerable<Piece> All() => Own.Concat(Children.SelectMany(c => c.AllWithNumber()));

        private IEnumerable<Piece> AllWithNumber() =>
            Own.Select((p, i) => i == 0 ? p with { Text = Section.Number + p.Text } : p).Concat(Children.SelectMany(c => c.AllWithNumber()));
    }

    /// <summary>Draft tasks (index 0) and what was noticed on the way.</summary>
    public static (IReadOnlyList<TaskItem> Tasks, IReadOnlyList<Diagnostic> Diagnostics) Recognize(
        IReadOnlyList<TextLine> lines, DocumentLayout layout, IReadOnlyList<Section> sections, int? noticeYear)
    {
        var roots = BuildTree(lines, layout, sections);
        var tasks = new List<TaskItem>();
        var diagnostics = new List<Diagnostic>();
        var leaders = new List<(Origin, string)>();
        foreach (var root in roots) Visit(root, tasks, noticeYear, leaders);

        for (var i = Math.Max(layout.BodyStart, 0); i < layout.BodyEnd && i < lines.Count; i++)
            if (Widening.Match(lines[i].Text) is { Success: true } w)
                diagnostics.Add(new Diagnostic(Severity.Warning, "inline.widened",
                    $"'{Excerpt(lines[i].Text, w.Index)}' gives a set of tasks to units named in prose; they are not added to the tasks' units", lines[i].Origin));
        foreach (var (origin, leader) in leaders)
            diagnostics.Add(new Diagnostic(Severity.Info, "inline.leader", $"a note names a leading person or role ({leader}), not a unit; it is not listed as a unit", origin));
        return (tasks, diagnostics);
    }

    private static List<Node> BuildTree(IReadOnlyList<TextLine> lines, DocumentLayout layout, IReadOnlyList<Section> sections)
    {
        // The section tree decided which headings are real; walk the lines again in step with it.
        var order = new List<(Section Section, Section? Parent)>();
        void Flatten(IEnumerable<Section> list, Section? parent)
        {
            foreach (var s in list) { order.Add((s, parent)); Flatten(s.Sections, s); }
        }
        Flatten(sections, null);

        var nodes = new Dictionary<Section, Node>(ReferenceEqualityComparer.Instance);
        var roots = new List<Node>();
        Node? current = null;
        var k = 0;
        for (var i = Math.Max(layout.BodyStart, 0); i < layout.BodyEnd && i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            if (layout.OtherPlanTitles.Contains(i)) { current = null; continue; }
            if (k < order.Count && line.Heading is { } heading && order[k].Section.Origin == line.Origin)
            {
                var (section, parent) = order[k++];
                var parentNode = parent is null ? null : nodes.GetValueOrDefault(parent);
                current = new Node(section, parentNode) { HeadingRest = heading.Rest };
                current.Own.Add(new Piece(heading.Rest, line.Origin));
                nodes[section] = current;
                (parentNode?.Children ?? roots).Add(current);
            }
            else
            {
                current?.Own.Add(new Piece(line.Text, line.Origin));
            }
        }
        return roots;
    }

    private static void Visit(Node node, List<TaskItem> tasks, int? year, List<(Origin, string)> leaders)
    {
        var full = new NoteStream(node.All());
        var notes = full.Notes();
        if (notes.Count == 0) return;
        // The whole-item rule stops at items: a level-1 or level-2 section with sub-sections is a
        // container even when only its last item carries a note.
        if (notes.Count == 1 && (full.OnlyPunctuationAfter(notes[0].End) || node.Section.Level >= 3 && node.Children.Count == 0))
        {
            // An item with one note: the note may close it or stand inside it (…排查（X负责），落实…); the rest is the task.
            if (node.Section.Level >= 3 || node.Children.Count == 0)
            {
                // A top-level section is its own key task: its title is not task text.
                var from = node.Parent is null ? TitleEnd(node, notes[0].Start) : 0;
                tasks.Add(Build(full, from, notes[0], KeyFor(node), year, leaders, whole: true));
                return;
            }
        }

        var own = new NoteStream(node.Own);
        var ownNotes = own.Notes();
        if (ownNotes.Count == 1 && own.OnlyPunctuationAfter(ownNotes[0].End))
        {
            tasks.Add(Build(own, 0, ownNotes[0], KeyFor(node), year, leaders));
        }
        else if (ownNotes.Count > 0)
        {
            // A level-1 or level-2 section holding several tasks is their key task; its title is not task text.
            var container = node.Section.Level <= 2;
            var key = container ? ToKeyTask(node.Section) : KeyFor(node);
            var start = container ? TitleEnd(node, ownNotes[0].Start) : 0;
            foreach (var note in ownNotes)
            {
                if (note.Start >= start)
                    tasks.Add(Build(own, start, note, key, year, leaders));
                start = Math.Max(start, note.End);
            }
        }
        foreach (var child in node.Children) Visit(child, tasks, year, leaders);
    }

    /// <summary>Where a container's own task text starts: after its title's 。, or after its heading line when the title stands alone.</summary>
    private static int TitleEnd(Node node, int firstNote)
    {
        var stop = node.HeadingRest.IndexOf('。');
        var end = stop >= 0 ? stop + 1 : node.HeadingRest.Length;
        return end <= firstNote ? end : 0;
    }

    private static KeyTask ToKeyTask(Section s) => new(s.Number, s.Ordinal, s.Title.TrimEnd('。'));

    /// <summary>The nearest enclosing section of level 1 or 2; a top-level item is its own key task.</summary>
    private static KeyTask KeyFor(Node node)
    {
        for (var p = node.Parent; p is not null; p = p.Parent)
            if (p.Section.Level <= 2) return ToKeyTask(p.Section);
        var top = node;
        while (top.Parent is not null) top = top.Parent;
        return ToKeyTask(top.Section);
    }

    private static TaskItem Build(NoteStream stream, int start, FoundNote found, KeyTask key, int? year, List<(Origin, string)> leaders, bool whole = false)
    {
        var text = stream.Text[start..found.Start];
        var after = found.End < stream.Text.Length ? stream.Text[found.End] : '\0';
        text = CleanText(text);
        if (whole && !stream.OnlyPunctuationAfter(found.End))
            text = CleanText(text + stream.Text[found.End..]); // the item runs on after its note
        else if (after is '。' or '；' or ';' && text.Length > 0 && !CjkText.EndsSentence(text)) text += after;

        var note = found.Note;
        if (note.Leader is not null) leaders.Add((stream.OriginAt(found.Start), note.Leader));
        var warnings = new List<FieldWarning>(note.Warnings);
        if (!note.HasUnits && note.Leader is not null)
            warnings.Add(new FieldWarning("lead", "lead.person", $"the note names a person or role ({note.Leader}), not a unit"));
        var deadline = DeadlineParser.Parse(note.Deadline ?? "", year);
        if (text.Length == 0)
            warnings.Add(new FieldWarning("text", "text.empty", "the note follows no text of its own"));

        var origin = stream.OriginAt(start + LeadingSkip(stream.Text, start, found.Start)) with { Inline = true };
        return new TaskItem(0, key, text, note.Lead, note.Support, deadline, origin, warnings)
        {
            LeadAndOthers = note.LeadAndOthers,
            SupportAndOthers = note.SupportAndOthers,
        };
    }

    private static int LeadingSkip(string text, int start, int end)
    {
        var i = start;
        while (i < end && (char.IsWhiteSpace(text[i]) || text[i] is '。' or '；' or ';' or '，' or ',')) i++;
        return i - start;
    }

    /// <summary>The item without its number, trimmed of the punctuation the note's removal leaves.</summary>
    private static string CleanText(string text)
    {
        var t = CjkText.NormalizeSpacing(text).TrimStart('。', '；', ';', '，', ',', ' ');
        if (Heading.Match(t) is { } h) t = h.Rest.TrimStart();
        return t.TrimEnd('，', ',', ' ', '：', ':');
    }

    private static string Excerpt(string text, int at) => text.Length - at <= 40 ? text[at..] : string.Concat(text.AsSpan(at, 40), "…");
}

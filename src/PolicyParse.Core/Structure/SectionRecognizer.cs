using PolicyParse.Model;
using PolicyParse.Text;

namespace PolicyParse.Structure;

/// <summary>Builds the section tree 一、 → （一） → 1. → （1） of the plan's body.</summary>
internal static class SectionRecognizer
{
    private sealed class Node(Heading heading, string title, Origin origin)
    {
        public Heading Heading { get; } = heading;
        public string Title { get; } = title;
        public Origin Origin { get; } = origin;
        public List<string> Text { get; } = [];
        public List<Node> Children { get; } = [];

        public Section ToSection() => new(Heading.Number, Heading.Level, Heading.Ordinal, Title,
            string.Join("\n", Text), Children.Select(c => c.ToSection()).ToList(), Origin);
    }

    public static IReadOnlyList<Section> Recognize(IReadOnlyList<TextLine> lines, DocumentLayout layout)
    {
        var roots = new List<Node>();
        var open = new Stack<Node>();
        TextLine? previous = null;
        for (var i = Math.Max(layout.BodyStart, 0); i < layout.BodyEnd && i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            if (layout.OtherPlanTitles.Contains(i))
            {
                // A second plan of the same notice: its 一、 starts the numbering again.
                open.Clear();
                previous = null;
                continue;
            }
            var after = previous;
            previous = line;
            if (line.Heading is { } heading && line.Kind == LineKind.Heading && !IsWrappedText(heading, after, open, roots))
            {
                var (title, text) = heading.SplitTitle();
                var node = new Node(heading, title, line.Origin);
                if (text.Length > 0) node.Text.Add(text);
                while (open.Count > 0 && open.Peek().Heading.Level >= heading.Level) open.Pop();
                (open.Count > 0 ? open.Peek().Children : roots).Add(node);
                open.Push(node);
            }
            else if (open.Count > 0)
            {
                open.Peek().Text.Add(line.Text);
            }
        }
        return roots.Select(r => r.ToSection()).ToList();
    }

    /// <summary>
    /// A line of a paragraph wrapped by a PDF extractor can start with what reads as a number
    /// (…“川渝通办”第 / 一、二批事项…). It is text, not a heading, when the line before it runs on
    /// (no closing punctuation) and the number does not continue the numbering at its level.
    /// </summary>
    private static bool IsWrappedText(Heading heading, TextLine? previous, Stack<Node> open, List<Node> roots)
    {
        if (previous is null || previous.Kind == LineKind.Heading && previous.Heading is not null && !previous.Text.Contains('。')) return false;
        var last = previous.Text.TrimEnd();
        if (last.Length == 0 || "。；;：:！!？?）)".Contains(last[^1])) return false;

        var siblings = open.FirstOrDefault(n => n.Heading.Level < heading.Level)?.Children ?? roots;
        var lastSibling = siblings.LastOrDefault(n => n.Heading.Level == heading.Level);
        var expected = lastSibling is null ? 1 : lastSibling.Heading.Ordinal + 1;
        return heading.Ordinal != expected;
    }
}

using PolicyParse.Lexicon;
using PolicyParse.Matching;
using PolicyParse.Model;
using PolicyParse.Text;

namespace PolicyParse.Tables.Alignment;

/// <summary>
/// The body's sections as searchable text. Every 具体工作 cell restates a clause of its key task's
/// body paragraph, so locating a cell's text in the body tells which key task it belongs to and
/// whether two lines are one cell, whatever spaces or punctuation widths the extractor changed.
/// </summary>
internal sealed partial class BodyIndex
{
    private const int N = 3;

    private readonly List<(Section Section, string Key, HashSet<long> Grams, HashSet<long> Bigrams)> _sections = [];
    // Section → its entry, by reference: rows are compared with every section, many times.
    private readonly Dictionary<Section, int> _entryOf = new(ReferenceEqualityComparer.Instance);

    public BodyIndex(IReadOnlyList<Section> sections, AlignmentThresholds? thresholds = null)
    {
        Thresholds = thresholds ?? AlignmentThresholds.Default;
        foreach (var section in Flatten(sections))
        {
            var key = Key(section.Title + section.Text);
            _entryOf.TryAdd(section, _sections.Count);
            _sections.Add((section, key, Grams(key), Grams(key, 2)));
        }
        KeyTaskLevel = ChooseKeyTaskLevel();
    }

    /// <summary>How much body coverage counts as evidence when aligning rows with this body.</summary>
    public AlignmentThresholds Thresholds { get; }

    /// <summary>The heading level of the key tasks: the level whose sections carry the body's text.</summary>
    public int KeyTaskLevel { get; }

    /// <summary>The key-task sections (those at <see cref="KeyTaskLevel"/>), in body order.</summary>
    public IEnumerable<Section> KeyTasks => _sections.Where(s => s.Section.Level == KeyTaskLevel).Select(s => s.Section);

    /// <summary>
    /// The length of the longest prefix of <paramref name="text"/> that appears word for word in
    /// the body (spaces and punctuation aside): where body text stops and glued-on cells begin.
    /// </summary>
    public int LongestBodyPrefix(string text)
    {
        // On text whose every character folds on its own (CjkText.FoldNfkc), the key of
        // text[..length] is a prefix of the text's key: the answer is where the longest prefix of
        // that key found in the body ends, extended over the characters the key drops.
        Span<char> key = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        Span<int> at = text.Length <= 256 ? stackalloc int[text.Length] : new int[text.Length];
        var n = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var folded = CjkText.FoldNfkc(text[i]);
            if (folded < 0) return LongestBodyPrefixByScan(text);
            if (!char.IsLetterOrDigit((char)folded)) continue;
            key[n] = (char)folded;
            at[n++] = i;
        }
        var found = LongestKeyPrefix(key[..n]);
        return found == n ? text.Length : at[found];
    }

    private KeyPrefixFinder? _prefixes;

    /// <summary><see cref="LongestBodyPrefix"/> by bisecting the text's length and searching every section's key.</summary>
    internal int LongestBodyPrefixByScan(string text)
    {
        bool InBody(int length)
        {
            var key = Key(text[..length]);
            return key.Length == 0 || _sections.Any(s => s.Key.Contains(key, StringComparison.Ordinal));
        }
        int lo = 0, hi = text.Length; // InBody(lo) holds; find the largest such length
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (InBody(mid)) lo = mid; else hi = mid - 1;
        }
        return lo;
    }

    // Per section, where in its key a sentence, clause or list item starts: made on first use.
    private List<HashSet<int>>? _clauseStarts;

    /// <summary>
    /// Whether the body starts a sentence, clause or list item with the text's first words: true
    /// when it does, false when it holds those words only inside one (a cell whose beginning was
    /// cut off mid-word), null when the body does not hold them at all (no evidence either way).
    /// </summary>
    public bool? StartsClause(string text)
    {
        // Ten characters: a shorter head recurs in other sentences as stock phrasing (在政务服务中心…).
        var key = Key(text);
        if (key.Length < 10) return null;
        var head = key[..10];
        _clauseStarts ??= _sections.Select(s => ClauseStarts(s.Section.Title + "\n" + s.Section.Text)).ToList();
        var found = false;
        foreach (var (s, at) in Occurrences(head))
        {
            if (_clauseStarts[s].Contains(at)) return true;
            found = true;
        }
        return found ? false : null;
    }

    /// <summary>Every place a key occurs in the sections' keys: the section's index and the offset.</summary>
    private IEnumerable<(int Section, int At)> Occurrences(string key)
    {
        for (var s = 0; s < _sections.Count; s++)
            for (var at = _sections[s].Key.IndexOf(key, StringComparison.Ordinal); at >= 0; at = _sections[s].Key.IndexOf(key, at + 1, StringComparison.Ordinal))
                yield return (s, at);
    }

    // Per section, where in its key a sentence starts: made on first use.
    private List<HashSet<int>>? _sentenceStarts;

    /// <summary>
    /// True when the body opens a sentence (after 。；！？, a heading or a line break) with the text's
    /// first ten characters, or, for a text of six to nine, holds it as a whole sentence (a shorter
    /// head recurs as stock phrasing): a line that does so starts a cell of its own rather than going
    /// on with the line above, unless the body reads the two straight across (<see cref="ReadsAcross"/>).
    /// </summary>
    public bool StartsSentence(string text)
    {
        const int Head = 10, Shortest = 6;
        var key = Key(text);
        if (key.Length < Shortest) return false;
        var whole = key.Length < Head;
        var head = whole ? key : key[..Head];
        _sentenceStarts ??= SentenceStarts();
        // A section's end is among its sentence starts too (the offset after its last piece).
        return Occurrences(head).Any(o => _sentenceStarts[o.Section].Contains(o.At) && (!whole || _sentenceStarts[o.Section].Contains(o.At + head.Length)));
    }

    /// <summary>
    /// True when the body reads the end of one text straight on into the start of the other (ten
    /// characters of each: shorter probes meet stock phrases read across elsewhere) within one
    /// sentence: keys drop punctuation, so a junction where the body ends a sentence does not count.
    /// </summary>
    public bool ReadsAcross(string before, string after)
    {
        const int Side = 10;
        var (tail, head) = (Key(before), Key(after));
        if (tail.Length == 0 || head.Length == 0) return false;
        tail = tail[Math.Max(0, tail.Length - Side)..];
        var probe = tail + head[..Math.Min(Side, head.Length)];
        if (!Holds(probe)) return false;
        _sentenceStarts ??= SentenceStarts();
        return Occurrences(probe).Any(o => !_sentenceStarts[o.Section].Contains(o.At + tail.Length));
    }

    private List<HashSet<int>> SentenceStarts() => _sections.Select(s => PieceStarts(s.Section.Title + "\n" + s.Section.Text, SentenceEndChars)).ToList();

    private const string SentenceEndChars = "。；;！？!?\n";

    /// <summary>Whether the body holds the whole key word for word.</summary>
    private bool Holds(ReadOnlySpan<char> key) => LongestKeyPrefix(key) == key.Length;

    /// <summary>The longest prefix of a key that the body holds word for word.</summary>
    private int LongestKeyPrefix(ReadOnlySpan<char> key)
    {
        _prefixes ??= new KeyPrefixFinder(_sections.Select(s => s.Key));
        return _prefixes.LongestPrefix(key);
    }

    /// <summary>Offsets in the text's key where a clause starts: after a clause mark (<see cref="ClauseEndChars"/>).</summary>
    internal static HashSet<int> ClauseStarts(string text) => PieceStarts(text, ClauseEndChars);

    /// <summary><see cref="ClauseStarts"/> by splitting the text and keying each piece.</summary>
    internal static HashSet<int> ClauseStartsByPiece(string text) => PieceStartsByPiece(text, ClauseEndChars);

    /// <summary>Offsets in the text's key where a piece after one of the marks starts (the key keeps letters and digits only).</summary>
    private static HashSet<int> PieceStarts(string text, string marks)
    {
        // One scan instead of a key per piece: when every character folds on its own (as in
        // LongestBodyPrefix), a piece's key is its characters that fold to a letter or digit, so
        // its length is a count. Otherwise the pieces are keyed one by one.
        var starts = new HashSet<int> { 0 };
        var offset = 0;
        foreach (var c in text)
        {
            if (marks.Contains(c, StringComparison.Ordinal))
            {
                starts.Add(offset);
                continue;
            }
            var folded = CjkText.FoldNfkc(c);
            if (folded < 0) return PieceStartsByPiece(text, marks);
            if (char.IsLetterOrDigit((char)folded)) offset++;
        }
        starts.Add(offset);
        return starts;
    }

    private static HashSet<int> PieceStartsByPiece(string text, string marks)
    {
        var starts = new HashSet<int> { 0 };
        var offset = 0;
        foreach (var piece in text.Split(marks.ToCharArray()))
        {
            offset += Key(piece).Length;
            starts.Add(offset);
        }
        return starts;
    }

    // Commas and list marks count too: a row may take one item of a list sentence; a cut cell starts mid-word.
    private const string ClauseEndChars = "。；;！？!?：:，,、\n";

    /// <summary>How much of the text (0..1) appears in the given section's body.</summary>
    public double Coverage(string text, Section section) =>
        _entryOf.TryGetValue(section, out var entry) ? CoverageShares(text)[entry] : 0;

    /// <summary><see cref="Coverage"/> of the text in each of the sections, with one lookup of the text.</summary>
    public double[] CoverageIn(string text, IReadOnlyList<Section> sections) => PerSection(CoverageShares(text), sections);

    private double[] CoverageShares(string text)
    {
        if (!_coverage.TryGetValue(text, out var shares))
        {
            _gramPostings ??= new GramPostings(_sections.Select(s => s.Grams).ToList());
            _coverage[text] = shares = _gramPostings.Containment(Grams(Key(text)));
        }
        return shares;
    }

    private double[] PerSection(double[] shares, IReadOnlyList<Section> sections)
    {
        var result = new double[sections.Count];
        for (var j = 0; j < sections.Count; j++)
            result[j] = _entryOf.TryGetValue(sections[j], out var entry) ? shares[entry] : 0;
        return result;
    }

    /// <summary>Coverage by a scan of one section's n-grams (what <see cref="Coverage"/> computes for every section at once).</summary>
    internal double CoverageByScan(string text, Section section) =>
        _entryOf.TryGetValue(section, out var entry) ? TextKeys.Containment(Grams(Key(text)), _sections[entry].Grams) : 0;

    // Rows are compared with every section, several times: each text's shares are computed once, for all sections.
    private readonly Dictionary<string, double[]> _coverage = [];
    private readonly Dictionary<string, double[]> _relatedness = [];
    private GramPostings? _gramPostings;
    private GramPostings? _bigramPostings;

    /// <summary>
    /// How much of the text's vocabulary (character bigrams, 0..1) the section's body uses: weaker
    /// than <see cref="Coverage"/>, it relates a table-only row to the key task it is about.
    /// </summary>
    public double Relatedness(string text, Section section) =>
        _entryOf.TryGetValue(section, out var entry) ? RelatednessShares(text)[entry] : 0;

    /// <summary><see cref="Relatedness"/> of the text to each of the sections, with one lookup of the text.</summary>
    public double[] RelatednessTo(string text, IReadOnlyList<Section> sections) => PerSection(RelatednessShares(text), sections);

    private double[] RelatednessShares(string text)
    {
        if (!_relatedness.TryGetValue(text, out var shares))
        {
            _bigramPostings ??= new GramPostings(_sections.Select(s => s.Bigrams).ToList());
            _relatedness[text] = shares = _bigramPostings.Containment(Grams(Key(text), 2));
        }
        return shares;
    }

    /// <summary>
    /// Where the text starts in the body, in reading order: the key-task section's rank among the
    /// key tasks and the character offset in its text (by the most common offset its 3-grams
    /// agree on), or null when fewer than half of its 3-grams are found there. Rows restate the
    /// body in order, so this orders rows that an extractor printed out of order. Apart is true when
    /// a third or more of the text also restates another, separate place of the section (a cell
    /// joining two clauses that other rows sit between): then its start does not say its order.
    /// </summary>
    public (int Section, int Offset, bool Apart)? Position(string text)
    {
        var apart = 0;
        var key = Key(text);
        if (key.Length < N) return null;
        var keyTasks = _sections.Where(s => s.Section.Level == KeyTaskLevel).ToList();
        (int Section, int Offset, int Votes)? best = null;
        for (var s = 0; s < keyTasks.Count; s++)
        {
            var body = keyTasks[s].Key;
            var votes = new Dictionary<int, int>();
            for (var i = 0; i + N <= key.Length; i++)
            {
                var gram = key.Substring(i, N);
                for (var at = body.IndexOf(gram, StringComparison.Ordinal); at >= 0; at = body.IndexOf(gram, at + 1, StringComparison.Ordinal))
                    votes[at - i] = votes.GetValueOrDefault(at - i) + 1;
            }
            if (votes.Count == 0) continue;
            var top = votes.OrderByDescending(v => v.Value).ThenBy(v => v.Key).First();
            if (best is null || top.Value > best.Value.Votes)
            {
                best = (s, top.Key, top.Value);
                // Votes for offsets clearly apart from the top one: the text joins two separate clauses.
                apart = votes.Where(v => Math.Abs(v.Key - top.Key) >= N).Select(v => v.Value).DefaultIfEmpty(0).Max();
            }
        }
        var grams = key.Length - N + 1;
        if (best is not { } b || b.Votes * 2 < grams) return null;
        return (b.Section, b.Offset, apart * 3 >= grams);
    }

    /// <summary>The comparison key every alignment uses (<see cref="TextKeys.Wording"/>).</summary>
    public static string Key(string text) => TextKeys.Wording(text);

    private static HashSet<long> Grams(string key, int n = N) => TextKeys.Grams(key, n);

    private int ChooseKeyTaskLevel()
    {
        var byLevel = _sections.GroupBy(s => s.Section.Level)
            .Select(g => (Level: g.Key, Text: g.Sum(s => s.Section.Text.Length), Count: g.Count()))
            .Where(g => g.Count >= 2)
            .OrderByDescending(g => g.Text)
            .ThenBy(g => g.Level)
            .ToList();
        return byLevel.Count > 0 ? byLevel[0].Level : 1;
    }

    private static IEnumerable<Section> Flatten(IEnumerable<Section> sections) =>
        sections.SelectMany(s => Flatten(s.Sections).Prepend(s));
}

/// <summary>Body-coverage thresholds for aligning table rows with the body (set from ParserOptions).</summary>
/// <param name="Found">Coverage at which a row's text is taken to come from a section's body.</param>
/// <param name="Noise">Coverage under this is shared stock phrasing, not evidence of a section.</param>
internal sealed record AlignmentThresholds(double Found, double Noise)
{
    public static AlignmentThresholds Default { get; } = new(0.5, 0.3);
}

using System.Runtime.InteropServices;

namespace PolicyParse.Tables.Alignment;

/// <summary>
/// Which sections hold each n-gram: a text's share of n-grams found in every section comes from one
/// lookup per n-gram instead of one per n-gram and section. Rows are compared with every section
/// (to place them, then again to validate them), so this turned the alignment from the number of
/// sections times the text into the text alone. Counts are the same integers the per-section
/// containment counts, so the shares are the same doubles.
/// </summary>
internal sealed class GramPostings
{
    // gram → its last posting; postings of one gram are chained through _next (-1 ends a chain).
    private readonly Dictionary<long, int> _head = [];
    private readonly List<int> _entry = [];
    private readonly List<int> _next = [];
    private readonly int _entries;

    /// <param name="sets">Each section's distinct n-grams, in section order.</param>
    public GramPostings(IReadOnlyList<HashSet<long>> sets)
    {
        _entries = sets.Count;
        for (var e = 0; e < sets.Count; e++)
            foreach (var gram in sets[e])
            {
                ref var head = ref CollectionsMarshal.GetValueRefOrAddDefault(_head, gram, out var exists);
                _entry.Add(e);
                _next.Add(exists ? head : -1);
                head = _entry.Count - 1;
            }
    }

    /// <summary>For every section, the share (0..1) of <paramref name="grams"/> it holds; 0 for all when there are none.</summary>
    public double[] Containment(HashSet<long> grams)
    {
        var shares = new double[_entries];
        if (grams.Count == 0) return shares;
        var found = new int[_entries];
        foreach (var gram in grams)
            if (_head.TryGetValue(gram, out var p))
                for (; p >= 0; p = _next[p]) found[_entry[p]]++;
        for (var e = 0; e < _entries; e++) shares[e] = found[e] / (double)grams.Count;
        return shares;
    }
}

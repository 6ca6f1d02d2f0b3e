using PolicyParse.Model;
using PolicyParse.Tables.Alignment;

namespace PolicyParse.Tables.Alignment;

/// <summary>
/// Gives every row its key task by locating its text in the body, wherever the dump printed the
/// label. Key tasks never go backwards down the table, so the choice is a monotone path that
/// maximises the body coverage of all rows (dynamic programming); a row whose text is not in the
/// body (a table-only row) takes its neighbours' key task, uncertain when they differ.
/// </summary>
internal static class KeyTaskAssigner
{
    /// <summary>A row's key task, and whether its text (or agreeing neighbours) settles it.</summary>
    public sealed record Assignment(Section? KeyTask, bool Certain);

    /// <param name="texts">The rows' 具体工作 texts, in table order.</param>
    public static IReadOnlyList<Assignment> Assign(IReadOnlyList<string> texts, BodyIndex body)
    {
        var (found, noise) = (body.Thresholds.Found, body.Thresholds.Noise);
        var sections = body.KeyTasks.OrderBy(s => s.Ordinal).ToList();
        if (texts.Count == 0 || sections.Count == 0) return texts.Select(_ => new Assignment(null, false)).ToList();

        // Coverage under noise is shared stock phrases (政务服务中心), not evidence of a section.
        int n = texts.Count, m = sections.Count;
        var coverage = new double[n][];
        // Ties between sections (a table-only row between two key tasks) go to the section whose
        // vocabulary the row shares; the small weight keeps word-for-word coverage decisive.
        var related = new double[n][];
        for (var i = 0; i < n; i++)
        {
            // One lookup of the row's text for all sections (it was one per section, each hashing the text).
            (coverage[i], related[i]) = (body.CoverageIn(texts[i], sections), body.RelatednessTo(texts[i], sections));
            for (var j = 0; j < m; j++)
            {
                if (coverage[i][j] < noise) coverage[i][j] = 0;
                related[i][j] *= 0.01;
            }
        }
        var best = new double[n, m];
        var from = new int[n, m];
        for (var j = 0; j < m; j++) best[0, j] = coverage[0][j] + related[0][j];
        for (var i = 1; i < n; i++)
        {
            // Running maximum over states ≤ j keeps this O(n·m).
            var runBest = double.NegativeInfinity;
            var runArg = 0;
            for (var j = 0; j < m; j++)
            {
                if (best[i - 1, j] > runBest) { runBest = best[i - 1, j]; runArg = j; }
                best[i, j] = runBest + coverage[i][j] + related[i][j];
                from[i, j] = runArg;
            }
        }
        var state = Enumerable.Range(0, m).MaxBy(j => best[n - 1, j]);
        var path = new int[n];
        for (var i = n - 1; i >= 0; i--)
        {
            path[i] = state;
            if (i > 0) state = from[i, state];
        }

        var result = new Assignment[n];
        for (var i = 0; i < n; i++)
        {
            if (coverage[i][path[i]] >= found) { result[i] = new Assignment(sections[path[i]], true); continue; }
            // Not found in the body: certain only when the nearest found rows on both sides agree.
            var before = Nearest(i, -1);
            var after = Nearest(i, +1);
            result[i] = new Assignment(sections[path[i]], before is not null && after is not null && path[before.Value] == path[after.Value]);
        }
        return result;

        int? Nearest(int i, int step)
        {
            for (var k = i + step; k >= 0 && k < n; k += step)
                if (coverage[k][path[k]] >= found) return k;
            return null;
        }
    }
}

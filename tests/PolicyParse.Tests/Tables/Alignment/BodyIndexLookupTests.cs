using PolicyParse.Model;
using PolicyParse.Tables.Alignment;

namespace PolicyParse.Tests.Tables.Alignment;

/// <summary>
/// The indexed lookups of <see cref="BodyIndex"/> (prefix finder, n-gram postings) against the
/// scans they replaced, on the 2022 notice's body and every line of its text, cut and glued.
/// </summary>
public class BodyIndexLookupTests
{
    private static readonly NoticeDocument Notice = TestData.Parse(TestData.Sample(TestData.Chongqing2022));
    private static readonly BodyIndex Body = new(Notice.Sections);

    /// <summary>Lines of the notice, their halves, neighbours glued, and texts outside the fast key path.</summary>
    private static List<string> Probes()
    {
        var lines = File.ReadAllLines(TestData.Sample(TestData.Chongqing2022)).Where(l => l.Trim().Length > 0).ToList();
        var probes = new List<string> { "", " ", "。", "①推进审批", "推进 审批", "ＡＢ１２", "x", "市政府办公厅 市级有关部门" };
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            probes.Add(line);
            probes.Add(line[(line.Length / 2)..]);
            probes.Add(line[..(line.Length / 2)] + "①");
            if (i + 1 < lines.Count) probes.Add(line + lines[i + 1]);
        }
        return probes;
    }

    [Fact]
    public void Longest_body_prefix_equals_the_scan_for_every_probe()
    {
        var probes = Probes();
        Assert.True(probes.Count > 300);
        var differing = probes.Where(p => Body.LongestBodyPrefix(p) != Body.LongestBodyPrefixByScan(p)).ToList();
        Assert.Empty(differing);
        // Not vacuous: some probes are wholly in the body, some partly, some not at all.
        Assert.Contains(probes, p => p.Length > 10 && Body.LongestBodyPrefix(p) == p.Length);
        Assert.Contains(probes, p => Body.LongestBodyPrefix(p) is > 3 and var n && n < p.Length - 3);
    }

    [Fact]
    public void Coverage_of_every_section_equals_the_scan_of_its_grams()
    {
        var sections = Flatten(Notice.Sections).ToList();
        Assert.True(sections.Count > 5);
        foreach (var probe in Probes().Take(200))
            foreach (var section in sections)
                Assert.Equal(Body.CoverageByScan(probe, section), Body.Coverage(probe, section));
        Assert.Equal(0, Body.Coverage("推进审批", new Section("九", 1, 9, "不在正文", "", [], null)));
    }

    private static IEnumerable<Section> Flatten(IEnumerable<Section> sections) =>
        sections.SelectMany(s => Flatten(s.Sections).Prepend(s));
}

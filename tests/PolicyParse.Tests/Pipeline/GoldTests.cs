using PolicyParse.Lexicon;
using System.Text;
using System.Text.Json;
using PolicyParse.Model;
using PolicyParse.Text;

namespace PolicyParse.Tests.Pipeline;

/// <summary>The corpus notices against their hand-checked answers, field by field.</summary>
public class GoldTests
{
    internal static string Norm(string s) => CjkText.MatchKey(s);

    internal static void AssertTasksMatchGold(IReadOnlyList<TaskItem> tasks, JsonElement gold)
    {
        var rows = gold.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(rows.Count, tasks.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var (row, task) = (rows[i], tasks[i]);
            var n = row.GetProperty("n").GetInt32();
            Assert.True(row.GetProperty("sectionNo").GetInt32() == task.KeyTask?.Ordinal, $"row {n}: key task {task.KeyTask?.Ordinal}");
            Assert.True(Norm(row.GetProperty("task").GetString()!) == Norm(task.Text), $"row {n}: text '{task.Text}'");
            // A closing 等 (区交通局等) is recorded on the list (leadAndOthers/supportAndOthers), not on the name.
            var (lead, leadOthers) = WithoutEtc(Strings(row.GetProperty("lead")));
            var (support, supportOthers) = WithoutEtc(Strings(row.GetProperty("support")));
            Assert.Equal(lead, task.Lead);
            Assert.Equal(support, task.Support);
            Assert.True(leadOthers == task.LeadAndOthers, $"row {n}: leadAndOthers {task.LeadAndOthers}");
            Assert.True(supportOthers == task.SupportAndOthers, $"row {n}: supportAndOthers {task.SupportAndOthers}");
            Assert.True(Norm(row.GetProperty("deadline").GetString() ?? "") == Norm(task.Deadline.Text), $"row {n}: deadline '{task.Deadline.Text}'");
        }
    }

    internal static void AssertNoticeMatchesGold(NoticeDocument doc, JsonElement gold, bool checkPublished = true)
    {
        var n = doc.Notice;
        Assert.Equal(gold.GetProperty("noticeTitle").GetString(), n.NoticeTitle);
        Assert.Equal(gold.GetProperty("title").GetString(), n.Title);
        Assert.Equal(gold.GetProperty("issuer").GetString(), n.Issuer);
        Assert.Equal(gold.GetProperty("docNumber").GetString(), n.DocNumber);
        Assert.Equal(gold.GetProperty("date").GetString(), n.Date);
        Assert.Equal(Strings(gold.GetProperty("addressees")), n.Addressees);
        Assert.Equal(gold.GetProperty("publicity").GetString(), n.Publicity);
        Assert.Equal(Strings(gold.GetProperty("attachments")), n.Attachments);
        Assert.Equal(Strings(gold.GetProperty("cc")), n.Cc);
        if (checkPublished && gold.TryGetProperty("published", out var published))
            Assert.Equal(published.GetString(), n.Published);

        var goldSections = gold.GetProperty("sections").EnumerateArray().ToList();
        Assert.Equal(goldSections.Select(s => s.GetProperty("title").GetString()), doc.Sections.Select(s => s.Title));
        Assert.Equal(goldSections.Select(s => s.GetProperty("number").GetString()), doc.Sections.Select(s => s.Number));
        for (var i = 0; i < goldSections.Count; i++)
        {
            var children = goldSections[i].GetProperty("sections").EnumerateArray().Select(c => c.GetProperty("title").GetString()).ToList();
            Assert.Equal(children, doc.Sections[i].Sections.Select(c => c.Title));
        }
    }

    internal static (List<string> Names, bool AndOthers) WithoutEtc(List<string> names)
    {
        if (names.Count == 0 || !names[^1].EndsWith('等')) return (names, false);
        return ([.. names[..^1], names[^1][..^1]], true);
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    [Fact]
    public void Fuling_2021_text_gives_every_gold_row_exact_without_warnings()
    {
        var doc = TestData.Parse(TestData.Sample(TestData.Fuling2021));
        AssertTasksMatchGold(doc.Tasks, TestData.GoldJson("2021-fuling.tasks.json"));
        Assert.All(doc.Tasks, t => Assert.Empty(t.Warnings));
        Assert.DoesNotContain(doc.Diagnostics, d => d.Severity != Severity.Info);
    }

    [Fact]
    public void Fuling_2021_text_gives_the_gold_metadata_and_sections()
    {
        var doc = TestData.Parse(TestData.Sample(TestData.Fuling2021));
        AssertNoticeMatchesGold(doc, TestData.GoldJson("2021-fuling.notice.json"));
        Assert.Equal("utf-8", doc.Source.Encoding);
        Assert.Equal("txt", doc.Source.Format);
    }

    [Fact]
    public void Chongqing_2022_text_gives_the_gold_metadata_and_sections()
    {
        var doc = TestData.Parse(TestData.Sample(TestData.Chongqing2022));
        AssertNoticeMatchesGold(doc, TestData.GoldJson("2022-chongqing.notice.json"));
        Assert.Equal(20, doc.Sections.Count);
    }

    [Fact]
    public void Section_text_holds_the_paragraph_after_the_title()
    {
        var doc = TestData.Parse(TestData.Sample(TestData.Chongqing2022));
        var first = doc.Sections[0];
        Assert.Equal(1, first.Level);
        Assert.StartsWith("紧密对接国家首批改革事项", first.Text);
        Assert.Equal(14, doc.Sections[0].Origin?.Line);
    }

    public static TheoryData<string, string, bool> Encodings => new()
    {
        { "gb18030", "gb18030", true },
        { "utf-16le-bom", "utf-16le", false },
        { "utf-16be-bom", "utf-16be", false },
        { "utf-16le", "utf-16le", true },
        { "utf-8-bom", "utf-8-bom", true },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void The_same_notice_in_other_encodings_and_line_ends_gives_the_same_result(string variant, string expectedEncoding, bool crlf)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = File.ReadAllText(TestData.Sample(TestData.Fuling2021));
        if (crlf) text = text.Replace("\n", "\r\n");
        var bytes = variant switch
        {
            "gb18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16le" => Encoding.Unicode.GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            _ => throw new ArgumentException(variant),
        };
        using var dir = new TestData.TempDir();
        var path = dir.File($"notice-{variant}.txt");
        File.WriteAllBytes(path, bytes);

        var doc = TestData.Parse(path);
        Assert.Equal(expectedEncoding, doc.Source.Encoding);
        AssertTasksMatchGold(doc.Tasks, TestData.GoldJson("2021-fuling.tasks.json"));
        AssertNoticeMatchesGold(doc, TestData.GoldJson("2021-fuling.notice.json"));
        Assert.All(doc.Tasks, t => Assert.Empty(t.Warnings));
    }

    [Fact]
    public void Renamed_places_and_years_parse_the_same_way()
    {
        // The parser must hold no corpus strings: the same notice about another district and year parses alike.
        var text = File.ReadAllText(TestData.Sample(TestData.Fuling2021))
            .Replace("涪陵", "綦江").Replace("2021", "2024").Replace("重庆市", "四川省");
        using var dir = new TestData.TempDir();
        var path = dir.File("renamed.txt");
        File.WriteAllText(path, text);

        var doc = TestData.Parse(path);
        Assert.Equal(40, doc.Tasks.Count);
        Assert.All(doc.Tasks, t => Assert.Empty(t.Warnings));
        Assert.Equal("关于印发2024年綦江区政务服务工作要点的通知", doc.Notice.NoticeTitle);
        Assert.Equal("四川省綦江区人民政府办公室", doc.Notice.Issuer);
        Assert.Equal("2024-03-03", doc.Notice.Date);
        Assert.Equal("2024-12-31", doc.Tasks[2].Deadline.Date);
        Assert.Equal(["区政务服务中心", "区司法局"], doc.Tasks[0].Lead);
    }
}

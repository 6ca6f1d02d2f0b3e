using System.Text.Json;
using PolicyParse.Model;
using PolicyParse.Pipeline;
using PolicyParse.Reading;
using PolicyParse.Tests.Pipeline;
using PolicyParse.Tests.Reading.Docx;
using PolicyParse.Lexicon;

namespace PolicyParse.Tests.Tasks;

/// <summary>
/// Made-up notices whose tasks are written inline (Data/inline), each with its expected tasks and
/// notice fields in score.py's format. heldout/ holds notices written after the code, scored apart.
/// </summary>
public class InlineNoticeSetTests
{
    private static string Dir(string sub = "") => Path.Combine(TestData.Dir, "inline", sub);

    public static TheoryData<string> DevNotices() => Notices("");

    public static TheoryData<string> HeldOutNotices() => Notices("heldout");

    private static TheoryData<string> Notices(string sub)
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Dir(sub), "*.txt").Order()) data.Add(Path.GetFileNameWithoutExtension(f));
        return data;
    }

    [Theory]
    [MemberData(nameof(DevNotices))]
    public void Dev_notice_gives_every_task_and_field(string name) => AssertScores(Dir(), name, minFields: 1.0, minFound: 1.0);

    [Theory]
    [MemberData(nameof(HeldOutNotices))]
    public void Held_out_notice_meets_the_bar(string name) => AssertScores(Dir("heldout"), name, minFields: 0.85, minFound: 0.85);

    /// <summary>The same notices as Word documents, one paragraph per line, give the same tasks.</summary>
    [Theory]
    [InlineData("a01-role-notes")]
    [InlineData("a03-labelled-lines")]
    public void Word_copy_gives_the_same_tasks(string name)
    {
        using var dir = new TestData.TempDir();
        var builder = new DocxBuilder();
        foreach (var line in File.ReadAllLines(Path.Combine(Dir(), name + ".txt"))) builder.Paragraph(line);
        var path = dir.File(name + ".docx");
        builder.Save(path);

        var doc = TestData.Parse(path);
        var score = GoldScore.Of(doc, Path.Combine(Dir(), name + ".tasks.json"));
        Assert.True(score.FieldAccuracy == 1.0 && score.Found == score.Rows, score.ToString());
        Assert.All(doc.Tasks, t => Assert.True(t.Origin.Inline == true && t.Origin.Paragraph is not null, t.Origin.ToString()));
        AssertNotice(doc, Path.Combine(Dir(), name + ".notice.json"));
    }

    [Fact]
    public void A_notice_with_inline_tasks_has_no_missing_table_error()
    {
        var doc = TestData.Parse(Path.Combine(Dir(), "a01-role-notes.txt"));
        Assert.DoesNotContain(doc.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains(doc.Diagnostics, d => d.Code == "tasks.inline");
    }

    [Fact]
    public void A_sentence_widening_responsibility_is_reported_not_turned_into_units()
    {
        var doc = TestData.Parse(Path.Combine(Dir(), "a03-labelled-lines.txt"));
        Assert.Contains(doc.Diagnostics, d => d.Code == "inline.widened");
        Assert.Contains(doc.Diagnostics, d => d.Code == "inline.leader");
        Assert.DoesNotContain(doc.Tasks, t => t.Lead.Concat(t.Support).Any(u => u.Contains("王某某")));
    }

    [Fact]
    public void Table_rows_win_over_the_same_tasks_written_inline()
    {
        var doc = TestData.Parse(Path.Combine(Dir(), "a05-table-and-inline.txt"));
        Assert.Equal(3, doc.Tasks.Count);
        Assert.Equal([false, false, true], doc.Tasks.Select(t => t.Origin.Inline == true));
    }

    private static void AssertScores(string dir, string name, double minFields, double minFound)
    {
        var doc = TestData.Parse(Path.Combine(dir, name + ".txt"));
        var score = GoldScore.Of(doc, Path.Combine(dir, name + ".tasks.json"));
        Assert.True(score.Matched >= minFound * score.Rows, $"tasks found: {score}");
        Assert.True(score.FieldAccuracy >= minFields, $"fields: {score}");
        Assert.True(score.Silent <= (1 - minFields) * score.Fields, $"silent: {score}");
        AssertNotice(doc, Path.Combine(dir, name + ".notice.json"), minFields);
    }

    /// <summary>Notice fields and level-1 section titles, compared as score.py does.</summary>
    private static void AssertNotice(NoticeDocument doc, string goldPath, double minShare = 1.0)
    {
        var gold = JsonDocument.Parse(File.ReadAllText(goldPath)).RootElement;
        var n = doc.Notice;
        var checks = new (string Field, bool Ok)[]
        {
            ("noticeTitle", Same(gold, "noticeTitle", n.NoticeTitle)),
            ("title", Same(gold, "title", n.Title)),
            ("issuer", Same(gold, "issuer", n.Issuer)),
            ("docNumber", Same(gold, "docNumber", n.DocNumber)),
            ("date", Same(gold, "date", n.Date)),
            ("addressees", SameList(gold, "addressees", n.Addressees)),
            ("publicity", Same(gold, "publicity", n.Publicity)),
            ("attachments", SameList(gold, "attachments", n.Attachments)),
            ("cc", SameList(gold, "cc", n.Cc)),
            ("sections", gold.GetProperty("sections").EnumerateArray().Select(s => Key(s.GetProperty("title").GetString()))
                .SequenceEqual(doc.Sections.Select(s => Key(s.Title)))),
        };
        var wrong = checks.Where(c => !c.Ok).Select(c => c.Field).ToList();
        Assert.True(checks.Length - wrong.Count >= minShare * checks.Length, $"notice fields wrong: {string.Join(", ", wrong)}");
    }

    private static string Key(string? s) => CjkText.MatchKey(s ?? "");

    private static bool Same(JsonElement gold, string field, string? value) =>
        Key(gold.GetProperty(field).ValueKind == JsonValueKind.Null ? null : gold.GetProperty(field).GetString()) == Key(value);

    private static bool SameList(JsonElement gold, string field, IReadOnlyList<string> value) =>
        gold.GetProperty(field).EnumerateArray().Select(e => Key(e.GetString())).SequenceEqual(value.Select(Key));
}

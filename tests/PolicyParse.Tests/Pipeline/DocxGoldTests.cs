using PolicyParse.Model;

namespace PolicyParse.Tests.Pipeline;

/// <summary>Word renderings of both corpus notices, made by LibreOffice (tests/fixtures/make-fixtures.sh).</summary>
public class DocxGoldTests
{
    public static TheoryData<string, string> Fixtures()
    {
        var data = new TheoryData<string, string>();
        foreach (var stem in new[] { "2021-fuling", "2022-chongqing" })
            foreach (var variant in new[] { "", ".seqcol", ".listnum" })
                data.Add(stem, variant);
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Docx_gives_every_gold_row_and_the_gold_metadata_without_warnings(string stem, string variant)
    {
        var doc = TestData.Parse(TestData.Fixture($"docx/{stem}{variant}.docx"));

        GoldTests.AssertTasksMatchGold(doc.Tasks, TestData.GoldJson($"{stem}.tasks.json"));
        // The Word files hold no portal page, so no 发布日期: compare the GB/T 9704 elements only.
        GoldTests.AssertNoticeMatchesGold(doc with { Notice = doc.Notice with { Published = null } }, TestData.GoldJson($"{stem}.notice.json"), checkPublished: false);
        Assert.All(doc.Tasks, t => Assert.Empty(t.Warnings));
        Assert.DoesNotContain(doc.Diagnostics, d => d.Severity != Severity.Info);
        Assert.Equal("docx", doc.Source.Format);
    }

    [Fact]
    public void Docx_and_txt_of_the_2021_notice_give_identical_tasks()
    {
        var fromText = TestData.Parse(TestData.Sample(TestData.Fuling2021)).Tasks;
        var fromWord = TestData.Parse(TestData.Sample("2021-fuling-zhengwu-yaodian.docx")).Tasks;

        // Origins necessarily differ (a line against a table row); every other field must be equal.
        Assert.Equal(fromText.Select(WithoutOrigin), fromWord.Select(WithoutOrigin), new TaskComparer());
        Assert.All(fromWord, t => Assert.NotNull(t.Origin.Row));
    }

    private static TaskItem WithoutOrigin(TaskItem t) => t with { Origin = new Origin() };

    /// <summary>Records compare lists by reference; this compares them by content.</summary>
    private sealed class TaskComparer : IEqualityComparer<TaskItem>
    {
        public bool Equals(TaskItem? a, TaskItem? b) =>
            a is not null && b is not null
            && a.Index == b.Index && a.KeyTask == b.KeyTask && a.Text == b.Text
            && a.Lead.SequenceEqual(b.Lead) && a.Support.SequenceEqual(b.Support)
            && a.Deadline.Text == b.Deadline.Text && a.Deadline.Kind == b.Deadline.Kind && a.Deadline.Date == b.Deadline.Date
            && a.Deadline.Ongoing == b.Deadline.Ongoing && a.Deadline.Milestones.SequenceEqual(b.Deadline.Milestones)
            && a.Warnings.SequenceEqual(b.Warnings);

        public int GetHashCode(TaskItem t) => t.Text.GetHashCode();
    }
}

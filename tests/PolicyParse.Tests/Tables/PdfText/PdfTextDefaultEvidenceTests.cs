using PolicyParse.Model;
using static PolicyParse.Tests.Tables.PdfText.PdfTextTestKit;

namespace PolicyParse.Tests.Tables.PdfText;

/// <summary>
/// Hand-made `pdftotext` default-mode tables: a unit or deadline field goes unwarned only where the
/// stream printed its row whole and in step with the rows before it on the page.
/// </summary>
public class PdfTextDefaultEvidenceTests
{
    private static NoticeDocument ParseTable(string table)
    {
        var doc = ParseDefault(table);
        Assert.Equal(3, doc.Tasks.Count);
        return doc;
    }

    private static bool Warned(TaskItem task, string field) => task.Warnings.Any(w => w.Field == field);

    [Fact]
    public void Cells_printed_after_two_stacked_texts_are_warned_on_both_rows()
    {
        // The first two 具体工作 cells come out stacked: the cells after the second may as well be the
        // first row's, so the stream vouches for neither row's units or deadline.
        var doc = ParseTable(DefaultModeHeader + RowOne + RowTwo + CellsOne + CellsTwo + RowThree + CellsThree);

        foreach (var task in doc.Tasks.Take(2))
        {
            Assert.True(Warned(task, "lead"), $"lead {string.Join("、", task.Lead)} of '{task.Text}' unwarned");
            Assert.True(Warned(task, "deadline"), $"deadline {task.Deadline.Text} of '{task.Text}' unwarned");
        }
        // The third row is printed whole, and the page's counts before it agree again (two rows, two deadlines).
        var third = doc.Tasks[2];
        Assert.Equal(["区民政局"], third.Lead);
        Assert.Equal(["区级有关部门", "各乡镇（街道）"], third.Support);
        Assert.Equal("2023年12月前", third.Deadline.Text);
        Assert.Empty(third.Warnings);
    }

    [Fact]
    public void Rows_printed_whole_and_in_step_are_vouched_for()
    {
        var doc = ParseTable(DefaultModeHeader + RowOne + CellsOne + RowTwo + CellsTwo + RowThree + CellsThree);

        Assert.Equal(["区政务服务中心"], doc.Tasks[0].Lead);
        Assert.Equal(["区级有关部门"], doc.Tasks[0].Support);
        Assert.Equal("持续推进", doc.Tasks[0].Deadline.Text);
        Assert.Equal(["区司法局"], doc.Tasks[1].Lead);
        Assert.Empty(doc.Tasks[1].Support);
        Assert.Equal("2023年6月底前", doc.Tasks[1].Deadline.Text);
        Assert.All(doc.Tasks, t => Assert.Empty(t.Warnings));
    }

    [Fact]
    public void A_deadline_printed_a_row_late_is_warned_where_the_counts_disagree()
    {
        // The first row's deadline comes out after the second row's cells: the second row's
        // segment holds a deadline (its own), but before it on the page one row printed no
        // deadline, so which of the two is whose is open. The third row is in step again.
        var doc = ParseTable(DefaultModeHeader + RowOne + "区政务服务中心\n\n区级有关部门\n\n" + RowTwo + CellsTwo + "持续推进\n\n" + RowThree + CellsThree);

        Assert.All(doc.Tasks.Take(2), t => Assert.True(Warned(t, "deadline"), $"deadline {t.Deadline.Text} of '{t.Text}' unwarned"));
        Assert.Equal("2023年12月前", doc.Tasks[2].Deadline.Text);
        Assert.Empty(doc.Tasks[2].Warnings);
    }
}

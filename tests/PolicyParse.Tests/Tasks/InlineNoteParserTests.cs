using PolicyParse.Tasks.Inline;

namespace PolicyParse.Tests.Tasks;

/// <summary>Each shape of responsibility note, read from the inside of its bracket.</summary>
public class InlineNoteParserTests
{
    private static InlineNote Read(string inner)
    {
        Assert.True(InlineNoteParser.TryParse(inner, out var note), $"'{inner}' should read as a note");
        return note;
    }

    [Theory]
    [InlineData("甲市大数据局牵头，甲市公安局、甲市民政局配合", new[] { "甲市大数据局" }, new[] { "甲市公安局", "甲市民政局" })]
    [InlineData("乙区司法局牵头，乙区级有关部门按职责分工负责", new[] { "乙区司法局" }, new[] { "乙区级有关部门" })]
    [InlineData("丙县市场监管局负责", new[] { "丙县市场监管局" }, new string[0])]
    [InlineData("丙县政务服务办牵头负责", new[] { "丙县政务服务办" }, new string[0])]
    [InlineData("丁市商务局、丁市财政局负责", new[] { "丁市商务局", "丁市财政局" }, new string[0])]
    [InlineData("各镇街分别牵头落实", new[] { "各镇街" }, new string[0])]
    [InlineData("戊区发展改革委、戊区财政局牵头，戊区税务局参与", new[] { "戊区发展改革委", "戊区财政局" }, new[] { "戊区税务局" })]
    [InlineData("己县教育局牵头，己县人力社保局、各乡镇人民政府配合", new[] { "己县教育局" }, new[] { "己县人力社保局", "各乡镇人民政府" })]
    public void Role_words_say_who_leads_and_who_supports(string inner, string[] lead, string[] support)
    {
        var note = Read(inner);
        Assert.Equal(lead, note.Lead);
        Assert.Equal(support, note.Support);
        Assert.Null(note.Deadline);
    }

    [Theory]
    [InlineData("牵头单位：庚县发展改革局；配合单位：庚县财政局、庚县税务局；完成时限：2023年6月底前", new[] { "庚县发展改革局" }, new[] { "庚县财政局", "庚县税务局" }, "2023年6月底前")]
    [InlineData("责任单位：辛市商务局", new[] { "辛市商务局" }, new string[0], null)]
    [InlineData("责任单位：辛市住房城乡建委、辛市规划自然资源局", new[] { "辛市住房城乡建委", "辛市规划自然资源局" }, new string[0], null)]
    [InlineData("牵头单位：壬区政府办公室，责任单位：壬区政府有关部门", new[] { "壬区政府办公室" }, new[] { "壬区政府有关部门" }, null)]
    [InlineData("牵头单位:癸市卫健委", new[] { "癸市卫健委" }, new string[0], null)]
    [InlineData("责任单位：子区财政局（牵头）、子区税务局", new[] { "子区财政局" }, new[] { "子区税务局" }, null)]
    [InlineData("牵头单位:丑县司法局;完成时限:2022.12.31", new[] { "丑县司法局" }, new string[0], "2022.12.31")]
    public void Labels_name_each_field(string inner, string[] lead, string[] support, string? deadline)
    {
        var note = Read(inner);
        Assert.Equal(lead, note.Lead);
        Assert.Equal(support, note.Support);
        Assert.Equal(deadline, note.Deadline);
    }

    [Fact]
    public void A_deadline_clause_after_the_roles_is_the_deadline()
    {
        var note = Read("寅县司法局牵头，县级各执法部门按职责分工负责，2022年9月底前完成");
        Assert.Equal(["寅县司法局"], note.Lead);
        Assert.Equal(["县级各执法部门"], note.Support);
        Assert.Equal("2022年9月底前完成", note.Deadline);
    }

    [Fact]
    public void A_closing_etc_is_recorded_on_the_list_not_the_name()
    {
        var note = Read("卯市大数据局牵头，卯市公安局、卯市民政局等配合");
        Assert.Equal(["卯市公安局", "卯市民政局"], note.Support);
        Assert.True(note.SupportAndOthers);
        Assert.False(note.LeadAndOthers);
    }

    [Fact]
    public void A_person_is_never_a_unit()
    {
        var note = Read("牵头负责领导：副区长王某某");
        Assert.Empty(note.Lead);
        Assert.Empty(note.Support);
        Assert.Equal("副区长王某某", note.Leader);
    }

    [Fact]
    public void Traditional_notes_are_read_and_keep_their_characters()
    {
        var note = Read("省司法廳牽頭,省級有關部門按職責分工負責");
        Assert.Equal(["省司法廳"], note.Lead);
        Assert.Equal(["省級有關部門"], note.Support);
    }

    [Theory]
    [InlineData("以下简称“一网通办”")]
    [InlineData("2021—2025年")]
    [InlineData("含各乡镇（街道）")]
    [InlineData("试行")]
    [InlineData("本要点由区政府办公室负责解释")]
    [InlineData("按照“谁主管、谁负责”的原则，由各部门抓好落实。")]
    [InlineData("区政务服务中心、区司法局")]
    [InlineData("牵头")]
    public void Prose_in_brackets_is_not_a_note(string inner) =>
        Assert.False(InlineNoteParser.TryParse(inner, out _));

    [Theory]
    [InlineData("牵头单位：区政务服务中心", true)]
    [InlineData("完成时限：年底前", true)]
    [InlineData("配合单位:各区政府", true)]
    [InlineData("牵头负责领导：王某某", true)]
    [InlineData("工作目标：全面提升服务效能", false)]
    [InlineData("区政府办公室要明确牵头单位、责任单位和完成时限。", false)]
    public void Labelled_lines_are_recognised_by_their_label(string line, bool expected) =>
        Assert.Equal(expected, InlineNoteParser.IsLabelledLine(line));
}

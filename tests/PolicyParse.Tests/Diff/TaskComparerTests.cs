using PolicyParse.Diff;
using PolicyParse.Model;

namespace PolicyParse.Tests.Diff;

public class TaskComparerTests
{
    private static readonly TaskItem Task = new(
        1, new KeyTask("（一）", 1, "深化行政审批制度改革"), "动态调整中介服务事项清单。",
        ["区政务服务中心", "区司法局"], ["区级有关部门"],
        new Deadline("2021年12月31日", DeadlineKinds.Date, "2021-12-31", false, []),
        Origin.AtLine(10), []);

    [Fact]
    public void An_equal_task_has_no_changes_even_at_another_index_and_origin() =>
        Assert.Empty(TaskComparer.Changes(Task, Task with { Index = 7, Origin = Origin.AtLine(99) }));

    [Fact]
    public void Unit_order_whitespace_and_full_width_forms_are_not_changes()
    {
        var same = Task with
        {
            Text = "动态调整中介服务事项清单. ".Replace('.', '。'),
            Lead = ["区司法局", "区政务服务中心"],
            Support = ["区级有关部门 "],
        };
        Assert.Empty(TaskComparer.Changes(Task, same));
    }

    [Fact]
    public void Each_differing_field_is_named_once_in_contract_order()
    {
        var other = Task with
        {
            Text = "动态调整中介服务事项清单，每季度公布。",
            KeyTask = new KeyTask("（二）", 2, "推进网上中介超市规范运行"),
            Lead = ["区政务服务中心"],
            Support = ["区级有关部门", "各乡镇（街道）"],
            Deadline = new Deadline("2021年6月30日", DeadlineKinds.Date, "2021-06-30", false, []),
        };
        Assert.Equal(["text", "keyTask", "lead", "support", "deadline"], TaskComparer.Changes(Task, other));
    }

    [Fact]
    public void A_renumbered_key_task_is_the_same_key_task_but_a_retitled_one_is_not()
    {
        Assert.True(TaskComparer.SameKeyTask(new KeyTask("（一）", 1, "深化改革"), new KeyTask("（三）", 3, "深化改革")));
        Assert.False(TaskComparer.SameKeyTask(new KeyTask("（一）", 1, "深化改革"), new KeyTask("（一）", 1, "持续深化改革")));
        Assert.False(TaskComparer.SameKeyTask(new KeyTask("（一）", 1, "深化改革"), null));
        Assert.True(TaskComparer.SameKeyTask(null, null));
        // Untitled key tasks fall back to their numbers.
        Assert.False(TaskComparer.SameKeyTask(new KeyTask("（一）", 1, ""), new KeyTask("（二）", 2, "")));
    }

    [Fact]
    public void Deadlines_with_the_same_date_are_equal_however_written_but_ongoing_ones_compare_by_text()
    {
        var endOfYear = new Deadline("2021年12月31日", DeadlineKinds.Date, "2021-12-31", false, []);
        Assert.True(TaskComparer.SameDeadline(endOfYear, endOfYear with { Text = "2021年12月底" }));
        Assert.False(TaskComparer.SameDeadline(endOfYear, endOfYear with { Text = "2022年12月31日", Date = "2022-12-31" }));
        var ongoing = new Deadline("持续推进", DeadlineKinds.Ongoing, null, true, []);
        Assert.True(TaskComparer.SameDeadline(ongoing, ongoing));
        Assert.False(TaskComparer.SameDeadline(ongoing, ongoing with { Text = "按时序推进" }));
    }
}

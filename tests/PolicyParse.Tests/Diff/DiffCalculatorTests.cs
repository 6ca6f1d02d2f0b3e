using PolicyParse.Diff;
using PolicyParse.Model;

namespace PolicyParse.Tests.Diff;

/// <summary>
/// Known edits: the 2021 sample's task list, changed in code in known ways; the diff must report
/// exactly those changes and nothing else.
/// </summary>
public class DiffCalculatorTests
{
    internal static readonly NoticeDocument Old = TestData.Parse(TestData.Sample(TestData.Fuling2021));

    internal static TaskItem OldTask(int index) => Old.Tasks[index - 1];

    internal const string AddedA = "编制区级政务服务标准化手册，统一办事指南要素和审查要点。";
    internal const string AddedB = "每季度组织一次窗口人员业务练兵，考核结果纳入年度评优。";

    internal static readonly Dictionary<int, string> Rewordings = new()
    {
        [7] = "持续加强窗口工作人员业务培训，全面提高服务意识和服务能力。",
        [20] = "持续扩大增量，聚焦社会保障、医疗健康、就业创业、民政救助、户籍办理、交通运输等重点领域，推出更多“一件事一次办”套餐。",
        [36] = "开展重点领域突出问题专项整治。",
    };

    internal static readonly int[] Deleted = [3, 30];
    internal const int Moved = 14;       // （四） → （五）
    internal const int LeadChanged = 25; // 区政务服务中心 → 区大数据发展局
    internal const int DeadlineChanged = 33; // 2021年4月30日 → 2021年9月30日

    /// <summary>The old task list with the known edits, renumbered as a parser would number it.</summary>
    internal static NoticeDocument Edited(Func<IEnumerable<TaskItem>, IEnumerable<TaskItem>>? reorder = null)
    {
        var tasks = new List<TaskItem>();
        foreach (var t in Old.Tasks)
        {
            if (Deleted.Contains(t.Index)) continue;
            var edited = t;
            if (Rewordings.TryGetValue(t.Index, out var text)) edited = edited with { Text = text };
            if (t.Index == Moved) edited = edited with { KeyTask = OldTask(15).KeyTask };
            if (t.Index == LeadChanged) edited = edited with { Lead = ["区大数据发展局"] };
            if (t.Index == DeadlineChanged)
                edited = edited with { Deadline = new Deadline("2021年9月30日", DeadlineKinds.Date, "2021-09-30", false, []) };
            tasks.Add(edited);
            if (t.Index == 8)
                tasks.Add(NewTask(t.KeyTask, AddedA, ["区政务服务中心"], ["区级有关部门"]));
            if (t.Index == 40)
                tasks.Add(NewTask(t.KeyTask, AddedB, ["区人力社保局"], ["各乡镇（街道）"]));
        }
        var ordered = (reorder ?? (x => x))(tasks).Select((t, i) => t with { Index = i + 1 }).ToList();
        return Old with { Tasks = ordered };
    }

    private static TaskItem NewTask(KeyTask? keyTask, string text, string[] lead, string[] support) =>
        new(0, keyTask, text, lead, support, new Deadline("2021年12月31日", DeadlineKinds.Date, "2021-12-31", false, []), Origin.AtLine(1), []);

    private static DiffReport Compare(NoticeDocument old, NoticeDocument @new) => new DiffCalculator().Compare(old, "old.txt", @new, "new.txt");

    [Fact]
    public void Identical_inputs_report_no_change()
    {
        var report = Compare(Old, Old);
        Assert.False(report.HasDifferences);
        Assert.Empty(report.Added);
        Assert.Empty(report.Removed);
        Assert.Empty(report.Changed);
        Assert.Empty(report.Units);
        Assert.Equal(40, report.Unchanged);
    }

    [Fact]
    public void Reordering_alone_reports_no_change()
    {
        var shuffled = Old with { Tasks = Old.Tasks.Reverse().Select((t, i) => t with { Index = i + 1, Origin = Origin.AtLine(500 + i) }).ToList() };
        var report = Compare(Old, shuffled);
        Assert.False(report.HasDifferences);
        Assert.Equal(40, report.Unchanged);
    }

    [Fact]
    public void Known_edits_are_reported_exactly()
    {
        var report = Compare(Old, Edited());

        Assert.Equal([AddedA, AddedB], report.Added.Select(t => t.Text));
        Assert.Equal([8, 40], report.Added.Select(t => t.Index)); // positions in the new list (#3 is gone before both)
        Assert.Equal(Deleted, report.Removed.Select(t => t.Index));

        var changes = report.Changed.ToDictionary(c => c.Old.Index, c => c.Changes);
        Assert.Equal(new[] { 7, 14, 20, 25, 33, 36 }, changes.Keys.Order());
        foreach (var index in Rewordings.Keys)
            Assert.Equal(["text"], changes[index]);
        Assert.Equal(["keyTask"], changes[Moved]);
        Assert.Equal(["lead"], changes[LeadChanged]);
        Assert.Equal(["deadline"], changes[DeadlineChanged]);
        Assert.Equal(40 - 2 - 6, report.Unchanged);

        // Each change pairs the task with its own edited copy.
        Assert.All(report.Changed, c => Assert.Equal(c.Old.Index == Moved || c.Old.Index == LeadChanged || c.Old.Index == DeadlineChanged ? c.Old.Text : Rewordings[c.Old.Index], c.New.Text));
        Assert.Equal("（五）", report.Changed.Single(c => c.Old.Index == Moved).New.KeyTask!.Number);
    }

    [Fact]
    public void Reworded_tasks_carry_similarity_and_an_inline_diff_other_changes_do_not()
    {
        var report = Compare(Old, Edited());
        var reworded = report.Changed.Single(c => c.Old.Index == 7);
        Assert.InRange(reworded.Similarity, TaskMatcher.DefaultThreshold, 0.99);
        Assert.Equal(new TextEdit(TextEditKind.Insert, "持续"), reworded.TextDiff![0]);
        var moved = report.Changed.Single(c => c.Old.Index == Moved);
        Assert.Equal(1.0, moved.Similarity);
        Assert.Null(moved.TextDiff);
    }

    [Fact]
    public void Reordering_on_top_of_the_edits_changes_nothing_in_the_report_but_positions()
    {
        var straight = Compare(Old, Edited());
        var reversed = Compare(Old, Edited(tasks => tasks.Reverse()));
        Assert.Equal(straight.Added.Select(t => t.Text).Order(), reversed.Added.Select(t => t.Text).Order());
        Assert.Equal(straight.Removed.Select(t => t.Index), reversed.Removed.Select(t => t.Index));
        Assert.Equal(
            straight.Changed.Select(c => (c.Old.Index, string.Join(",", c.Changes))).Order(),
            reversed.Changed.Select(c => (c.Old.Index, string.Join(",", c.Changes))).Order());
        Assert.Equal(straight.Unchanged, reversed.Unchanged);
    }

    [Fact]
    public void Units_count_tasks_gained_and_lost_as_lead_and_support()
    {
        var units = Compare(Old, Edited()).Units.ToDictionary(u => u.Unit, u => (u.LeadGained, u.LeadLost, u.SupportGained, u.SupportLost));

        var expected = new Dictionary<string, (int, int, int, int)>
        {
            // lead of removed #3, lead of #25 taken away; lead of added A
            ["区政务服务中心"] = (1, 2, 0, 0),
            ["区司法局"] = (0, 1, 0, 0),              // removed #3
            ["区大数据发展局"] = (1, 0, 0, 0),          // new lead of #25
            ["区人力社保局"] = (1, 0, 0, 0),            // added B
            ["区级有关部门"] = (0, 0, 1, 0),            // added A
            ["各乡镇（街道）"] = (0, 0, 1, 0),          // added B
            ["区公安局"] = (0, 1, 0, 0),                // removed #30
            ["区税务局"] = (0, 1, 0, 0),
            ["区市场监管局等区级相关部门"] = (0, 1, 0, 0),
        };
        foreach (var unit in new[] { "区文化旅游委", "区民政局", "区市场监管局", "区农业农村委", "区住房城乡建委", "区卫生健康委", "区新闻出版局", "区城市管理局", "区教委" })
            expected[unit] = (0, 0, 0, 1);          // support of removed #3

        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), units.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Most_affected_units_come_first()
    {
        var units = Compare(Old, Edited()).Units;
        Assert.Equal("区政务服务中心", units[0].Unit);
        Assert.True(units.Zip(units.Skip(1)).All(p => p.First.Total >= p.Second.Total));
    }

    [Fact]
    public void A_task_rewritten_beyond_the_threshold_is_removed_and_added_not_changed()
    {
        var rewritten = Old with { Tasks = Old.Tasks.Select(t => t.Index == 12 ? t with { Text = "全面推行老年人就医绿色通道，每个医疗机构保留人工窗口。" } : t).ToList() };
        var report = Compare(Old, rewritten);
        Assert.Equal([12], report.Removed.Select(t => t.Index));
        Assert.Equal([12], report.Added.Select(t => t.Index));
        Assert.Empty(report.Changed);
    }

    [Fact]
    public void The_threshold_decides_between_reworded_and_replaced()
    {
        var edited = Edited();
        var strict = new DiffCalculator(threshold: 0.99).Compare(Old, "old", edited, "new");
        Assert.Equal(2 + 3, strict.Added.Count);   // the rewordings no longer match
        Assert.Equal(2 + 3, strict.Removed.Count);
        Assert.Equal(3, strict.Changed.Count);      // move, lead, deadline keep identical texts
        Assert.Equal(0.99, strict.Threshold);
        Assert.Throws<ArgumentOutOfRangeException>(() => new DiffCalculator(threshold: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DiffCalculator(threshold: 1.5));
    }

    [Fact]
    public void Duplicated_texts_pair_with_the_copy_whose_other_fields_agree()
    {
        var a = OldTask(33);
        var b = a with { Index = 2, Lead = ["区发展改革委"], Deadline = new Deadline("持续推进", DeadlineKinds.Ongoing, null, true, []) };
        var old = Old with { Tasks = [a with { Index = 1 }, b] };
        var swapped = Old with { Tasks = [b with { Index = 1 }, a with { Index = 2 }] };
        var report = Compare(old, swapped);
        Assert.False(report.HasDifferences);
        Assert.Equal(2, report.Unchanged);
    }
}

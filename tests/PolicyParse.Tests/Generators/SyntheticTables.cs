using CsCheck;

namespace PolicyParse.Tests.Generators;

/// <summary>
/// Random task tables in the shapes of docs/domain.md: units built from a level prefix, a field
/// and an organisation ending (and collective names), deadlines of every documented shape, 1–12
/// rows per key task, merged support and deadline cells, short and long cells. All invented.
/// </summary>
internal static class SyntheticTables
{
    private static readonly string[] Prefixes = ["区", "市", "县"];
    private static readonly string[] Fields =
        ["教育", "财政", "交通", "卫生健康", "市场监管", "数据资源", "文化旅游", "政务服务", "住房城乡建设", "生态环境",
         "农业农村", "民政", "司法", "公安", "人力社保", "商务", "应急管理", "统计", "规划自然资源", "医保"];
    private static readonly string[] Endings = ["局", "委", "办", "中心", "管理局", "服务中心"];
    private static readonly string[] Collective = ["各乡镇（街道）", "各街道", "区级有关部门", "市级有关部门", "各区县政府", "有关单位"];
    private static readonly string[] Verbs = ["推进", "完善", "优化", "建立", "健全", "深化", "推动", "加强", "规范", "提升", "落实", "开展"];
    private static readonly string[] Objects =
        ["数据共享机制", "审批服务流程", "电子证照应用", "一网通办平台", "政务服务事项清单", "基层便民服务站点", "营商环境评价",
         "公共数据目录", "告知承诺制度", "好差评制度", "帮办代办服务", "跨区通办事项", "综合窗口改革", "信用监管体系",
         "网上中介服务", "不动产登记服务", "企业开办流程", "数据质量核查", "自助服务终端", "办事指南标准化"];
    private static readonly string[] Titles = ["深化审批改革", "提升服务效能", "推进数据共享", "优化营商环境", "加强基层服务", "强化监督评价", "推动跨区通办", "夯实数字底座"];

    public static readonly Gen<string> Unit = Gen.Frequency(
        (8, Gen.Select(Gen.OneOf(Prefixes), Gen.OneOf(Fields), Gen.OneOf(Endings), (p, f, e) => p + f + e)),
        (2, Gen.OneOf(Collective)));

    /// <summary>A unit list: distinct names, sometimes closed by 等.</summary>
    public static Gen<IReadOnlyList<string>> Units(int min, int max) =>
        Gen.Select(Unit.List[min, max], Gen.Int[0, 9], (us, etc) =>
        {
            var list = us.Distinct().ToList();
            if (etc == 0 && list.Count > 0 && !list[^1].EndsWith("部门", StringComparison.Ordinal) && !list[^1].Contains('（')) list[^1] += "等";
            return (IReadOnlyList<string>)list;
        });

    public static Gen<string> Deadline(int year) => Gen.Select(Gen.Int[0, 13], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[1, 12], (shape, m, d, m2) => shape switch
    {
        0 => $"{year}年{m}月{d}日",
        1 => $"{year}年{m}月前",
        2 => $"{year}年{m}月底前",
        3 => "持续推进",
        4 => "长期坚持",
        5 => "按时序推进",
        6 => $"{year}年{m}月底前上线并常态化运行",
        7 => $"{year}年{Math.Min(m, m2)}月底前完成试点，{Math.Max(m, m2)}月底前全面推开",
        8 => $"{year}年底前",
        9 => "年底前",
        10 => "上半年",
        11 => $"{year}.{m}.{d}",
        12 => $"{m}月底前",
        _ => "——",
    });

    /// <summary>A 具体工作 cell: one to five clauses, a sentence; one in twelve without its closing 。, as some tables print them.</summary>
    public static readonly Gen<string> Text =
        Gen.Select(Gen.Select(Gen.OneOf(Verbs), Gen.OneOf(Objects), (v, o) => v + o).List[1, 5], Gen.Int[0, 11],
            (cs, stop) => string.Join("，", cs) + (stop == 0 ? "" : "。"));

    private static Gen<GenRow> Row(int year) =>
        Gen.Select(Text, Units(1, 3), Gen.Frequency((1, Gen.Const((IReadOnlyList<string>)[])), (4, Units(1, 4))), Deadline(year),
            (t, l, s, d) => new GenRow(t, l, s, d));

    private static readonly string[] Spare = ["区政务服务管理局", "区数据资源局"];

    private static string Core(string unit)
    {
        var u = unit.TrimEnd('等');
        return u.StartsWith("有关", StringComparison.Ordinal) ? u[2..] : u.StartsWith('各') ? u[1..] : u;
    }

    /// <summary>Rows of one key task; runs of rows share their support and deadline cells (merged cells).</summary>
    private static Gen<List<GenRow>> KeyTaskRows(int year) =>
        Gen.Select(Row(year).List[1, 12], Gen.Int[0, 3].Array[12], Gen.Int[0, 3].Array[12], (rows, ms, md) =>
        {
            for (var i = 1; i < rows.Count; i++)
            {
                if (ms[i] == 0) rows[i] = rows[i] with { Support = rows[i - 1].Support };
                if (md[i] == 0) rows[i] = rows[i] with { Deadline = rows[i - 1].Deadline };
            }
            // A unit never both leads and supports one task (各街道 and 有关街道 name the same bodies):
            // the lead keeps the units the support does not name, or takes the row's spare unit.
            for (var i = 0; i < rows.Count; i++)
            {
                var support = rows[i].Support.Select(Core).ToHashSet();
                var lead = rows[i].Lead.Where(u => !support.Contains(Core(u))).ToList();
                rows[i] = rows[i] with { Lead = lead.Count > 0 ? lead : [Spare.First(u => !support.Contains(Core(u)))] };
            }
            // The body restates each row once: rows with the same text would be one row.
            return rows.DistinctBy(r => r.Text).ToList();
        });

    public static readonly Gen<GenTable> Table =
        Gen.Int[2020, 2026].SelectMany(year =>
            Gen.Select(KeyTaskRows(year).List[1, 5], Gen.Shuffle(Titles), (groups, titles) =>
            {
                var seen = new HashSet<string>();
                var keyTasks = groups.Select((rows, i) => new GenKeyTask(i + 1, titles[i],
                    rows.Where(r => seen.Add(r.Text)).ToList())).Where(k => k.Rows.Count > 0).ToList();
                return new GenTable(year, keyTasks.Select((k, i) => k with { Ordinal = i + 1 }).ToList());
            }));
}

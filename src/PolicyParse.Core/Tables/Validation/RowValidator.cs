using System.Text.RegularExpressions;
using PolicyParse.Lexicon;
using PolicyParse.Model;
using PolicyParse.Tables.Alignment;

namespace PolicyParse.Tables.Validation;

/// <summary>
/// One check for every strategy's rows: a field that breaks a shape rule of its column never
/// leaves without a warning, whatever backend produced it. The rules come from the vocabulary
/// (Lexicon) and, for rebuilt tables, from the body every 具体工作 cell restates
/// (docs/domain.md#how-the-table-arrives-broken). A rule adds a warning; it never changes a cell.
/// </summary>
internal static partial class RowValidator
{
    /// <summary>Every code this validator emits (documented in README, "What a warning means").</summary>
    public static readonly IReadOnlySet<string> Codes = new HashSet<string>
    {
        "lead.deadlineText", "support.deadlineText", "deadline.unitText", "deadline.notTime", "text.notInBody",
        "text.cut", "lead.empty", "deadline.empty", "lead.brackets", "support.brackets", "lead.cutName", "support.cutName",
        "lead.joinedNames", "support.joinedNames", "deadline.cut", "text.cutStart", "text.inserted",
        "lead.columnsMixed", "support.columnsMixed", "deadline.columnsMixed", "deadline.columnLost",
    };

    /// <summary>Strategies that read a real grid or an exact cell-per-line copy: nothing was rebuilt.</summary>
    private static readonly HashSet<string> Exact = ["grid", "tab-cells", "tab-separated-rows"];

    public static TableCandidate Validate(TableCandidate table, TableContext context)
    {
        var rebuilt = !Exact.Contains(table.Strategy);
        var sections = rebuilt ? Flatten(context.Sections).ToList() : [];
        // A rebuilt table is checked against its own other cells too: a name or deadline other rows print whole.
        var cut = rebuilt ? CutCells.Of(
            table.Rows.SelectMany(r => new[] { TaskColumn.Lead, TaskColumn.Support, TaskColumn.Responsible }.Where(r.Has).Select(r.Cell)),
            table.Rows.Where(r => r.Has(TaskColumn.Deadline)).Select(r => r.Cell(TaskColumn.Deadline))) : null;
        // An exact table needs no index of the body: the threshold is read from the context.
        var body = rebuilt && sections.Count > 0 ? context.Body : null;
        // Under the noise threshold a cell shares no more with the body than stock phrasing does.
        var units = new UnitCellChecks();
        var rows = table.Rows.Select(r => Validate(r, rebuilt, rebuilt && sections.Count > 0 ? text => BestCoverage(text, sections, context) : null,
            (context.Thresholds ?? Alignment.AlignmentThresholds.Default).Noise, cut, body, units)).ToList();
        return table with { Rows = rebuilt ? WarnLostDeadlineColumn(table.Columns, rows) : rows };
    }

    /// <summary>
    /// A rebuilt table whose header reading found no 完成时限 column, while unit cells of two rows
    /// or more hold deadline words: the column's text went into its neighbour, so no row's empty
    /// deadline can be trusted.
    /// </summary>
    private static List<RawRow> WarnLostDeadlineColumn(IReadOnlyList<TaskColumn> columns, List<RawRow> rows)
    {
        if (columns.Contains(TaskColumn.Deadline)) return rows;
        var spilled = rows.Count(r => r.Warnings.Any(w => w.Code is "lead.deadlineText" or "support.deadlineText"));
        if (spilled < 2) return rows;
        var warning = new FieldWarning("deadline", "deadline.columnLost",
            $"the header names no 完成时限 column, yet the unit cells of {spilled} rows hold deadline words: the deadlines may have gone into them");
        return rows.Select(r => r with { Warnings = [.. r.Warnings, warning] }).ToList();
    }

    /// <summary>
    /// Checks one row. <paramref name="coverage"/> (rebuilt tables only) says how much of a text
    /// appears in the body; null when there is no body to compare with. <paramref name="cut"/> holds
    /// the table's other cells, <paramref name="body"/> the body the 具体工作 cells restate;
    /// <paramref name="units"/>, shared by the rows of one table (same <paramref name="cut"/>), what
    /// its unit cells were found to break.
    /// </summary>
    public static RawRow Validate(RawRow row, bool rebuilt, Func<string, double>? coverage, double found = 0.5,
        CutCells? cut = null, BodyIndex? body = null, UnitCellChecks? units = null)
    {
        // A row checked on its own shares its unit-cell findings with no other row.
        units ??= new UnitCellChecks();
        var warnings = new List<FieldWarning>(row.Warnings);
        void Warn(string field, string code, string message)
        {
            if (!warnings.Any(w => w.Field == field && w.Code == code))
                warnings.Add(new FieldWarning(field, code, message));
        }

        var leadColumn = row.Has(TaskColumn.Lead) ? TaskColumn.Lead : row.Has(TaskColumn.Responsible) ? TaskColumn.Responsible : (TaskColumn?)null;
        if (leadColumn is { } lc)
            CheckUnit("lead", row.Cell(lc), required: true);
        if (row.Has(TaskColumn.Support))
            CheckUnit("support", row.Cell(TaskColumn.Support), required: false);
        void CheckUnit(string field, string cell, bool required)
        {
            foreach (var (f, code, message) in units.Of(field, cell, required, cut)) Warn(f, code, message);
        }

        if (row.Has(TaskColumn.Deadline))
        {
            var deadline = CjkText.NormalizeSpacing(row.Cell(TaskColumn.Deadline));
            if (HasUnitName(deadline) || (rebuilt && UnitPiece().IsMatch(deadline)))
                Warn("deadline", "deadline.unitText", $"the deadline '{deadline}' names a unit: another column's text may have slipped into it");
            else if (deadline.Length > 0 && !CjkText.IsEmptyMarker(deadline) && !HasTime(deadline))
                Warn("deadline", "deadline.notTime", $"the deadline '{deadline}' names no date, month, period or ongoing phrase");
            else if (cut?.DeadlineFault(deadline) is { } fault)
                Warn("deadline", "deadline.cut", $"the deadline '{deadline}' looks cut or run together: {fault}");
        }

        // A rebuilt table prints a merged cell once, on one of the rows it covers: an empty deadline
        // (not ——) may be one of those rows. (Support cells are often genuinely empty: not warned.)
        if (rebuilt && row.Has(TaskColumn.Deadline) && CjkText.NormalizeSpacing(row.Cell(TaskColumn.Deadline)).Length == 0)
            Warn("deadline", "deadline.empty", "the rebuilt deadline cell is empty: a merged cell printed on a neighbouring row may cover it");

        var text = CjkText.NormalizeSpacing(row.Cell(TaskColumn.Text));
        if (rebuilt && text.Length > 0)
        {
            // A rebuilt cell ends where a clause of the body ends; one ending mid-sentence was
            // probably cut from the rest of its task (which then sits in a neighbouring row).
            if (!EndsClause(text))
                Warn("text", "text.cut", $"the rebuilt 具体工作 cell ends mid-sentence ('…{Tail(text)}'): it may be cut from, or merged with, a neighbouring row");
            if (coverage is not null && coverage(text) < found)
                Warn("text", "text.notInBody", "the rebuilt 具体工作 cell matches no clause of the body: where it starts and ends is a guess");
            // Its first words are in the body, but only inside a sentence: the start was cut off.
            if (body?.StartsClause(text) == false)
                Warn("text", "text.cutStart", $"the rebuilt 具体工作 cell starts inside a sentence of the body ('{Head(text)}…'): its beginning may sit in a neighbouring row");
            // Words the body reads straight across: another column's line glued into the cell.
            if (body?.Insertion(text) is { } inserted)
            {
                Warn("text", "text.inserted", $"the rebuilt 具体工作 cell holds '{inserted}' where the body reads on without it: another column's text may be glued in");
                // The line the work cell took in was cut between columns in the wrong place: the
                // row's other cells may miss that piece or hold a neighbour's.
                foreach (var column in new[] { TaskColumn.Lead, TaskColumn.Responsible, TaskColumn.Support, TaskColumn.Deadline })
                    if (row.Has(column) && column.FieldName() is var field)
                        Warn(field, $"{field}.columnsMixed", $"the row's 具体工作 cell took in '{inserted}', another column's text: this cell's lines may have been cut between columns in the wrong place");
            }
        }
        return warnings.Count == row.Warnings.Count ? row : row with { Warnings = warnings };
    }

    /// <summary>
    /// The warnings each distinct unit cell of one table gets, in the order CheckUnitCell gives
    /// them: a merged cell recurs on every row it covers, and the checks depend on the cell, its
    /// field and the table only.
    /// </summary>
    internal sealed class UnitCellChecks
    {
        private readonly Dictionary<(string Field, string Cell, bool Required), List<(string Field, string Code, string Message)>> _found = [];

        public List<(string Field, string Code, string Message)> Of(string field, string cell, bool required, CutCells? cut)
        {
            if (!_found.TryGetValue((field, cell, required), out var warnings))
            {
                warnings = [];
                CheckUnitCell(field, cell, (f, code, message) => warnings.Add((f, code, message)), required, cut);
                _found[(field, cell, required)] = warnings;
            }
            return warnings;
        }
    }

    private static void CheckUnitCell(string field, string cell, Action<string, string, string> warn, bool required, CutCells? cut)
    {
        var text = CjkText.NormalizeSpacing(cell);
        if (text.Length == 0 || CjkText.IsEmptyMarker(text))
        {
            if (required && text.Length == 0)
                warn(field, $"{field}.empty", $"the {field} cell is empty");
            return;
        }
        if (HasTime(text) || DatePiece().IsMatch(text))
            warn(field, $"{field}.deadlineText", $"the {field} cell '{text}' holds a date or deadline words: a deadline may have slipped into it");
        if (!BracketsBalanced(text))
            warn(field, $"{field}.brackets", $"the {field} cell '{text}' has an unclosed bracket: a unit name may be cut in two");
        var units = cut?.Parts(text) ?? UnitNames.SplitList(text);
        // One part that is no unit name among parts that are: a name cut short (or run on) at the cell's edge.
        if (units.Count > 0 && units.Any(UnitNames.LooksLikeUnit) && !UnitNames.LooksLikeUnit(units[^1]) && !IsCatchAll(units[^1]))
            warn(field, $"{field}.cutName", $"the {field} cell ends with '{units[^1]}', which is not a whole unit name");
        else if (cut?.CutName(text) is { } part)
            warn(field, $"{field}.cutName", $"the {field} cell holds '{part}', only part of a name other rows print whole");
        if (cut?.JoinedNames(text) is { } joined)
            warn(field, $"{field}.joinedNames", $"the {field} cell holds '{joined}', two names run together: cells of two rows may be joined");
    }

    // 其他相关单位依职能配合: a catch-all phrase closing a list, not a cut name.
    private static bool IsCatchAll(string unit) => unit.Contains("相关", StringComparison.Ordinal) || unit.Contains("有关", StringComparison.Ordinal) || unit.Contains("其他", StringComparison.Ordinal) || unit.Contains('各');

    /// <summary>Dates, months, periods and ongoing phrases (also cut: 持续推 / 进): what a deadline names and a unit name never holds.</summary>
    [GeneratedRegex(@"[0-9０-９]{4}\s*年|[0-9]{4}[./-][0-9]{1,2}|[0-9０-９]{1,2}\s*月|[上下]半年|年底|年末|季度|持续|长期|常态化|按时序")]
    private static partial Regex TimeWords();

    /// <summary>
    /// Pieces of a date cut into a unit cell's lines (2021区政务服务年12中心, 区司月31法局, 区司法12局,
    /// 日区公安局): a year, one or two figures, figures beside 年 月 日, or 年 月 日 opening the
    /// cell; or 持续推进's 进 before a name (进市级有关部门). Unit names hold none (a hotline's 12345 is neither).
    /// </summary>
    [GeneratedRegex(@"(?:19|20)[0-9]{2}|(?<![0-9])[0-9]{1,2}(?![0-9])|[0-9]\s*[年月日]|[年月]\s*[0-9]|^[年月日]|^进(?=[市区县省各])")]
    private static partial Regex DatePiece();

    /// <summary>A unit name inside running text: a level prefix, a few characters, an organisation ending.</summary>
    [GeneratedRegex(@"(?:区|市|县|镇|乡|各)[\u4e00-\u9fff]{0,10}?(?:局|委|办|中心|政府|部门|单位|管委会|街道|乡镇)")]
    private static partial Regex UnitInText();

    /// <summary>The tail of a unit name (区科技局 cut to 技局, 府, 委会) or 有关部 of 有关部门 cut: characters no deadline's wording holds.</summary>
    [GeneratedRegex(@"[局委厅室府门]|[会心]$|有关部")]
    private static partial Regex UnitPiece();

    private static bool HasTime(string text) => TimeWords().IsMatch(text) || DeadlineWords.LooksLikeDeadline(text);

    private static bool HasUnitName(string text) => UnitInText().IsMatch(text);

    public static bool BracketsBalanced(string text)
    {
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '（' or '(') depth++;
            else if (c is '）' or ')' && --depth < 0) return false;
        }
        return depth == 0;
    }

    private static bool EndsClause(string text) =>
        CjkText.EndsSentence(text) || text[^1] is '；' or ';' or '！' or '？' or '”' or '）' or ')' or '。';

    private static string Tail(string text) => text.Length <= 8 ? text : text[^8..];

    private static string Head(string text) => text.Length <= 8 ? text : text[..8];

    // One lookup of the text for all sections (Coverage per section hashed the text once per section).
    private static double BestCoverage(string text, List<Section> sections, TableContext context) =>
        sections.Count == 0 ? 1 : context.Body.CoverageIn(text, sections).Max();

    private static IEnumerable<Section> Flatten(IEnumerable<Section> sections) =>
        sections.SelectMany(s => Flatten(s.Sections).Prepend(s));
}

namespace PolicyParse.Lexicon;

/// <summary>The meaning of a task-table column, found from its header name rather than its position.</summary>
internal enum TaskColumn
{
    Unknown,
    Sequence,
    KeyTask,
    Text,
    Lead,
    Support,
    /// <summary>A single 责任单位 column standing for both lead and support.</summary>
    Responsible,
    Deadline,
    /// <summary>牵头领导 and similar: read but not part of the output.</summary>
    Leader,
    Note,
}

/// <summary>The task field a column fills, as warnings name it.</summary>
internal static class TaskColumnFields
{
    /// <summary>lead, support, deadline, keyTask, text; "row" for columns that are not task fields.</summary>
    public static string FieldName(this TaskColumn column) => column switch
    {
        TaskColumn.Lead or TaskColumn.Responsible => "lead",
        TaskColumn.Support => "support",
        TaskColumn.Deadline => "deadline",
        TaskColumn.KeyTask => "keyTask",
        TaskColumn.Text => "text",
        _ => "row",
    };
}

/// <summary>Header names of task tables and their close variants.</summary>
internal static class ColumnHeader
{
    private static readonly (TaskColumn Column, string[] Names)[] Names =
    [
        (TaskColumn.Sequence, ["序号", "编号"]),
        (TaskColumn.KeyTask, ["重点任务", "主要任务", "任务类别", "重点工作", "工作任务", "任务名称"]),
        (TaskColumn.Text, ["具体工作", "具体任务", "工作内容", "任务内容", "具体措施", "工作措施", "主要内容", "工作举措", "具体内容"]),
        (TaskColumn.Lead, ["牵头单位", "牵头部门", "主责单位", "主要责任单位", "牵头责任单位", "责任牵头单位"]),
        (TaskColumn.Support, ["配合单位", "配合部门", "协办单位", "参与单位", "协同单位", "责任配合单位"]),
        (TaskColumn.Responsible, ["责任单位", "责任部门", "承办单位"]),
        (TaskColumn.Deadline, ["完成时限", "完成时间", "时间节点", "时限要求", "完成期限", "进度安排", "时间安排", "时限"]),
        (TaskColumn.Leader, ["牵头领导", "责任领导", "分管领导", "牵头市领导", "牵头区领导"]),
        (TaskColumn.Note, ["备注"]),
    ];

    // The names CountHeaderNames counts (备注 is no evidence of a task table), searched all at once.
    private static readonly System.Buffers.SearchValues<string> CountedNames = System.Buffers.SearchValues.Create(
        [.. Names.Where(n => n.Column != TaskColumn.Note).SelectMany(n => n.Names)], StringComparison.Ordinal);

    /// <summary>Every header name the lexicon knows, for readers that see names cut in pieces.</summary>
    public static IEnumerable<string> AllNames => Names.SelectMany(n => n.Names);

    /// <summary>The column a header cell names, or <see cref="TaskColumn.Unknown"/>. Spaces inside (序  号) are ignored.</summary>
    public static TaskColumn Classify(string cell)
    {
        var key = CjkText.MatchKey(cell);
        if (key.Length == 0 || key.Length > 10) return TaskColumn.Unknown;
        foreach (var (column, names) in Names)
            foreach (var name in names)
                if (key == name)
                    return column;
        return TaskColumn.Unknown;
    }

    /// <summary>
    /// The column a name cut by its cell's wrap starts (完成时 of 完成时限 / 限): three or more
    /// characters that start names of one column only. <see cref="TaskColumn.Unknown"/> otherwise.
    /// </summary>
    public static TaskColumn ClassifyStart(string fragment)
    {
        var key = CjkText.MatchKey(fragment);
        if (key.Length < 3) return TaskColumn.Unknown;
        var found = TaskColumn.Unknown;
        foreach (var (column, names) in Names)
            foreach (var name in names)
                if (name.Length > key.Length && name.StartsWith(key, StringComparison.Ordinal))
                {
                    if (found != TaskColumn.Unknown && found != column) return TaskColumn.Unknown;
                    found = column;
                }
        return found;
    }

    /// <summary>How many distinct header names a line mentions: three or more mark a table header line.</summary>
    public static int CountHeaderNames(string line)
    {
        if (line.Length > 80) return 0;
        var key = CjkText.MatchKey(line);
        // Every line of a notice is asked; one multi-name search rules out almost all of them.
        if (!key.AsSpan().ContainsAny(CountedNames)) return 0;
        var count = 0;
        foreach (var (column, names) in Names)
            if (column != TaskColumn.Note && names.Any(n => key.Contains(n, StringComparison.Ordinal)))
                count++;
        return count;
    }

    /// <summary>
    /// True when a line has the shape of a table's header row: three or more column names and next
    /// to nothing else. Prose that mentions the words (…明确牵头单位、配合单位和完成时限。) or a
    /// responsibility note (牵头单位：X；配合单位：Y；完成时限：Z) is not a header: what is left once
    /// the names are taken out is a sentence, a list of units or a date.
    /// </summary>
    public static bool IsHeaderLine(string line)
    {
        if (CountHeaderNames(line) < 3) return false;
        var rest = CjkText.MatchKey(line);
        foreach (var name in Names.SelectMany(n => n.Names).OrderByDescending(n => n.Length))
            rest = rest.Replace(name, "", StringComparison.Ordinal);
        // Cell separators of a copied header row (| ｜ / ,) are not content; a wrapped name's first half (完成) may be.
        rest = new string(rest.Where(c => c is not ('|' or '/' or ',' or '、' or '-')).ToArray());
        return rest.Length <= 3 && !rest.Any(c => c is '：' or ':' or '，' or '。' or '；' or ';' or '（' or '(');
    }

    /// <summary>True when the mapped columns can make a task table: some work text and some responsibility or key task.</summary>
    public static bool IsTaskTable(IReadOnlyList<TaskColumn> columns) =>
        columns.Contains(TaskColumn.Text)
        && (columns.Contains(TaskColumn.Lead) || columns.Contains(TaskColumn.Responsible) || columns.Contains(TaskColumn.KeyTask))
        && columns.Count(c => c != TaskColumn.Unknown) >= 3;
}

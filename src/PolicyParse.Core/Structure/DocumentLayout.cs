namespace PolicyParse.Structure;

/// <summary>
/// Where the parts of a notice stand, as line indexes: the front matter (the 通知 wrapper), the
/// plan's title, its body (numbered sections) and what follows (attachments, tables, 抄送).
/// </summary>
/// <param name="TitleLine">The plan title's line, or -1 when the notice has none.</param>
/// <param name="BodyStart">First line of the body.</param>
/// <param name="BodyEnd">First line after the body (the attachment note or the table).</param>
internal sealed record DocumentLayout(int TitleLine, int BodyStart, int BodyEnd)
{
    /// <summary>
    /// Lines in the body that start another plan the same notice issues (关于印发A和B的通知): the
    /// numbering starts again after each.
    /// </summary>
    public IReadOnlySet<int> OtherPlanTitles { get; init; } = new HashSet<int>();
}

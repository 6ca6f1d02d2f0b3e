namespace PolicyParse.Model;

/// <summary>Values of <see cref="Deadline.Kind"/>, as docs/output-contract.md names them.</summary>
public static class DeadlineKinds
{
    /// <summary>One day: 2021年12月31日, 2021-12-31.</summary>
    public const string Date = "date";
    /// <summary>A month, season, half or year end: 2022年8月前, 年底前.</summary>
    public const string Month = "month";
    /// <summary>No end date: 持续推进, 长期坚持, 按时序推进.</summary>
    public const string Ongoing = "ongoing";
    /// <summary>Several dated steps: 4月前市级完成，6月前区县完成.</summary>
    public const string Milestones = "milestones";
    /// <summary>No deadline: an empty cell or ——.</summary>
    public const string None = "none";
    /// <summary>Text that names no time the parser can read.</summary>
    public const string Other = "other";
}

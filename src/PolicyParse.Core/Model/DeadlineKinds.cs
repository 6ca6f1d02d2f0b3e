namespace PolicyParse.Model;

/// <summary>Values of <see cref="Deadline.Kind"/>, as the output contract names them.</summary>
public static class DeadlineKinds
{
    public const string Date = "date";
    public const string Month = "month";
    public const string Ongoing = "ongoing";
    public const string Milestones = "milestones";
    public const string None = "none";
    public const string Other = "other";
}

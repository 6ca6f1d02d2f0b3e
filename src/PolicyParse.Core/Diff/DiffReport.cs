using System.Text.Json.Serialization;
using PolicyParse.Model;

namespace PolicyParse.Diff;

/// <summary>
/// What changed between two notices' task lists: the tree the diff writers render (the output
/// contract's <c>diff</c> JSON; fields after <see cref="Units"/> are additions to it).
/// </summary>
public sealed record DiffReport
{
    /// <summary>The version of this tree's shape; "1".</summary>
    public string SchemaVersion { get; init; } = "1";
    /// <summary>The earlier notice.</summary>
    public required DiffSide Old { get; init; }
    /// <summary>The later notice.</summary>
    public required DiffSide New { get; init; }
    /// <summary>Tasks of the new notice with no counterpart in the old, in the new notice's order.</summary>
    public required IReadOnlyList<TaskItem> Added { get; init; }
    /// <summary>Tasks of the old notice with no counterpart in the new, in the old notice's order.</summary>
    public required IReadOnlyList<TaskItem> Removed { get; init; }
    /// <summary>Matched tasks with at least one differing field, in the new notice's order.</summary>
    public required IReadOnlyList<TaskChange> Changed { get; init; }
    /// <summary>How many matched tasks have all fields equal.</summary>
    public required int Unchanged { get; init; }
    /// <summary>Per unit, tasks gained and lost as lead or support; units with no change are left out.</summary>
    public required IReadOnlyList<UnitChange> Units { get; init; }
    /// <summary>The similarity threshold the tasks were matched with.</summary>
    public required double Threshold { get; init; }

    /// <summary>True when any task was added, removed or changed.</summary>
    [JsonIgnore]
    public bool HasDifferences => Added.Count > 0 || Removed.Count > 0 || Changed.Count > 0;
}

/// <summary>One input of the comparison: the path given, and the plan's title.</summary>
public sealed record DiffSide(string Path, string? Title, int Tasks);

/// <summary>
/// A task matched across the notices whose fields differ. <see cref="Changes"/> names those fields
/// (<see cref="TaskFields"/>); <see cref="TextDiff"/> is set when the text is one of them.
/// </summary>
public sealed record TaskChange(
    TaskItem Old,
    TaskItem New,
    double Similarity,
    IReadOnlyList<string> Changes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TextEdit>? TextDiff);

/// <summary>What a run of a text diff is.</summary>
public enum TextEditKind
{
    /// <summary>Both texts have it.</summary>
    [JsonStringEnumMemberName("equal")] Equal,
    /// <summary>Only the old text has it.</summary>
    [JsonStringEnumMemberName("delete")] Delete,
    /// <summary>Only the new text has it.</summary>
    [JsonStringEnumMemberName("insert")] Insert,
}

/// <summary>A run of characters the old and new text share, or that only the old (delete) or new (insert) has.</summary>
public sealed record TextEdit(TextEditKind Op, string Text);

/// <summary>How one unit's responsibilities changed: tasks it leads or supports that it did not before, and the reverse.</summary>
public sealed record UnitChange(string Unit, int LeadGained, int LeadLost, int SupportGained, int SupportLost)
{
    /// <summary>All gains and losses together, for ranking units.</summary>
    [JsonIgnore]
    public int Total => LeadGained + LeadLost + SupportGained + SupportLost;
}

using PolicyParse.Model;

namespace PolicyParse.Tasks.Inline;

/// <summary>
/// What one responsibility note says: （市大数据局牵头，市公安局配合）, 〔责任单位：市商务局〕,
/// （牵头单位：…；配合单位：…；完成时限：…）, or the same labels on lines of their own.
/// </summary>
/// <param name="Lead">Units that lead, as written (no closing 等, no （牵头） marker).</param>
/// <param name="Support">Units that support.</param>
/// <param name="Deadline">The deadline text, when the note names one.</param>
/// <param name="Leader">A person or role (牵头负责领导：…): never a unit, kept apart.</param>
/// <param name="Warnings">Doubts about the note's fields (a name that does not read like a unit, no lead).</param>
internal sealed record InlineNote(
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Support,
    string? Deadline,
    bool LeadAndOthers,
    bool SupportAndOthers,
    string? Leader,
    IReadOnlyList<FieldWarning> Warnings)
{
    public bool HasUnits => Lead.Count > 0 || Support.Count > 0;
}

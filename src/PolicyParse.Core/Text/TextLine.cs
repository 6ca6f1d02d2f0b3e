using PolicyParse.Model;

namespace PolicyParse.Text;

/// <summary>What a line is, structurally.</summary>
internal enum LineKind
{
    Blank,
    /// <summary>A cell of a tab-separated table copy: the line starts with a tab.</summary>
    TabCell,
    /// <summary>A numbered heading (一、 （一） 1. （1）).</summary>
    Heading,
    /// <summary>A line naming three or more task-table columns.</summary>
    TableHeader,
    /// <summary>附件, 抄送, 发布日期, a document number, a date line, a publicity note.</summary>
    Metadata,
    Text,
}

/// <summary>What a line's content looks like, independent of where it stands.</summary>
internal enum LineShape
{
    None,
    /// <summary>Unit names separated by 、，: the shape of 牵头单位/配合单位 cells.</summary>
    UnitList,
    /// <summary>A date, month or ongoing phrase: the shape of 完成时限 cells.</summary>
    Deadline,
    /// <summary>——, a blank cell or U+3000.</summary>
    EmptyMarker,
}

/// <summary>One tokenized line: the original, its normalized text, and its classification.</summary>
/// <param name="Raw">The line exactly as read.</param>
/// <param name="Text">Spacing normalized (no stray spaces around CJK); tab-cell marker removed.</param>
internal sealed record TextLine(int Index, string Raw, string Text, LineKind Kind, LineShape Shape, Heading? Heading, Origin Origin)
{
    public bool IsBlank => Kind == LineKind.Blank;
}

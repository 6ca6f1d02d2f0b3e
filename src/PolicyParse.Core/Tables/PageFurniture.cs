using System.Text.RegularExpressions;

namespace PolicyParse.Tables;

/// <summary>Text a page adds between table rows that belongs to no cell.</summary>
internal static partial class PageFurniture
{
    /// <summary>"- 3 -", "3", "第3页", "3/12".</summary>
    public static bool IsPageNumber(string text) => PageNumber().IsMatch(text);

    [GeneratedRegex(@"^[-—－\s]*(第\s*)?\d{1,3}(\s*页)?(\s*/\s*\d{1,3})?[-—－\s]*$")]
    private static partial Regex PageNumber();
}

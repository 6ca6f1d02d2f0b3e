using PolicyParse.Reading.Legacy;

namespace PolicyParse.Tests.Reading.Legacy;

/// <summary>A fact that needs LibreOffice: skipped, saying why, where soffice is not on PATH (CI need not have it).</summary>
public sealed class SofficeFactAttribute : FactAttribute
{
    public SofficeFactAttribute()
    {
        if (OfficeConverter.FindSoffice() is null)
            Skip = "LibreOffice (soffice) is not on PATH: .doc/.wps/.rtf conversion cannot run here";
    }
}

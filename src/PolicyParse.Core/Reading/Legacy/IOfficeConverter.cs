namespace PolicyParse.Reading.Legacy;

/// <summary>Turns a legacy word-processor file (.doc, .wps, .rtf) into .docx bytes.</summary>
internal interface IOfficeConverter
{
    /// <param name="extension">The input's extension with the dot, lower case: tells the converter what it gets.</param>
    /// <exception cref="InputException">No converter is installed, or it failed on this file.</exception>
    byte[] ConvertToDocx(ReadOnlySpan<byte> content, string extension);
}

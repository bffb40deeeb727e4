using System.Globalization;

namespace CrossbarSpice.Devices.Reading;

/// <summary>One problem found in a device card.</summary>
/// <param name="Code">What kind of problem.</param>
/// <param name="File">The card file as given to the reader (or the name given for text).</param>
/// <param name="JsonPath">JSON path of the offending field, e.g. <c>$.conductanceRange.ronOhms</c>; <c>$</c> for the whole file.</param>
/// <param name="Message">What is wrong and what was expected.</param>
/// <param name="Line">1-based line in the file where known (JSON syntax errors), else null.</param>
public sealed record CardDiagnostic(CardDiagnosticCode Code, string File, string JsonPath, string Message, int? Line = null)
{
    /// <summary>Stable code text, <c>DC001</c>…<c>DC010</c>.</summary>
    public string CodeText => "DC" + ((int)Code).ToString("000", CultureInfo.InvariantCulture);

    /// <summary><c>file[:line]: field '$.path': DCnnn message</c>.</summary>
    public override string ToString()
    {
        var where = Line is { } line ? $"{File}:{line.ToString(CultureInfo.InvariantCulture)}" : File;
        return $"{where}: field '{JsonPath}': {CodeText} {Message}";
    }
}

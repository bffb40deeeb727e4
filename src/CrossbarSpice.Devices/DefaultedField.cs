namespace CrossbarSpice.Devices;

/// <summary>An optional card field that was absent, and the default the reader used instead.</summary>
/// <param name="JsonPath">JSON path of the absent field, e.g. <c>$.stuckAt.lrsConductanceSiemens</c>.</param>
/// <param name="Value">The default value used, as invariant text with its unit where it has one.</param>
/// <param name="Rule">Why that default: e.g. <c>"Gmax of conductanceRange"</c>.</param>
public sealed record DefaultedField(string JsonPath, string Value, string Rule)
{
    /// <summary><c>path = value (rule)</c>.</summary>
    public override string ToString() => $"{JsonPath} = {Value} ({Rule})";
}

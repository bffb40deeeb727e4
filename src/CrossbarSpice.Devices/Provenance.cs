namespace CrossbarSpice.Devices;

/// <summary>Where one number of a card comes from: a cited source or a stated assumption.</summary>
/// <param name="Kind">Source or assumption.</param>
/// <param name="Text">The citation (e.g. <c>"[P3] §3.2"</c>) or the assumption with its reason.</param>
public sealed record Provenance(ProvenanceKind Kind, string Text)
{
    /// <summary><c>source: …</c> or <c>assumption: …</c>.</summary>
    public override string ToString() => (Kind == ProvenanceKind.Source ? "source: " : "assumption: ") + Text;
}

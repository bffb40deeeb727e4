namespace CrossbarSpice.Devices.Process;

/// <summary>One set of NMOS/PMOS model cards of a process, kept in a SPICE library file.</summary>
/// <param name="Level">Model fidelity.</param>
/// <param name="LibraryPath">Full path of the <c>.lib</c> file holding the <c>.model</c> cards (resolved against the card's folder).</param>
/// <param name="NmosModelName">Name of the NMOS <c>.model</c> in the file.</param>
/// <param name="PmosModelName">Name of the PMOS <c>.model</c> in the file.</param>
/// <param name="ModelProvenance">Where the model card comes from and how it was checked.</param>
public sealed record TransistorModelSet(TransistorModelLevel Level, string LibraryPath, string NmosModelName, string PmosModelName, string ModelProvenance);

namespace CrossbarSpice.Mapping.Schemes;

/// <summary>How a signed weight becomes a pair of device conductances (G+ in column 2j, G− in column 2j+1).</summary>
public enum MappingScheme
{
    /// <summary>
    /// [P3] eq. 6: C = (Cmax − Cmin)/Wmax·|W| + Cmin on the device of the weight's sign; the other
    /// device of the pair stays at Cmin. Effective weight (G+ − G−)/k with k = (Cmax − Cmin)/Wmax.
    /// </summary>
    Linear,

    /// <summary>
    /// Both devices around the mid conductance: G± = Gmid ± k·W/2 with k = (Gmax − Gmin)/Wmax, so W = ±Wmax
    /// uses the whole range on both devices.
    /// </summary>
    Balanced,
}

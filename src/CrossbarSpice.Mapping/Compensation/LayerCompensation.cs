namespace CrossbarSpice.Mapping.Compensation;

/// <summary>
/// What the IR-drop compensation did to one crossbar matrix, recorded in plan.json and in the design's
/// <c>compensation.csv</c>. Residuals are |W_eff − W| in weight units over every weight and bias of the matrix, W the
/// continuous target (the layer's weights at the layer's scale k), W_eff = (M(G+) − M(G−))/k of the tile's effective
/// conductances with wires.
/// </summary>
/// <param name="OperatingPoint">Where M(G) was taken: the exact linear map for ohmic cells, else the row voltage used.</param>
/// <param name="Headroom">Factor on the layer's scale k (1: the largest weight uses the whole device range; less: the
/// scale was lowered so the compensated conductances fit under Gmax).</param>
/// <param name="Attempts">Plans of the layer the headroom search made (1: full scale fitted).</param>
/// <param name="Iterations">Most iterations of any tile in the chosen plan.</param>
/// <param name="Converged">True when every tile met the tolerance on its unclipped cells.</param>
/// <param name="Tolerance">The tolerance, a fraction of Gmax − Gmin.</param>
/// <param name="BeforeMax">The design compiled without compensation (full scale, the target programmed as is), read with
/// its wires: largest |W_eff − W|.</param>
/// <param name="BeforeMean">Uncompensated: mean |W_eff − W|.</param>
/// <param name="AfterMax">Compensated conductances before quantisation: largest |W_eff − W|.</param>
/// <param name="AfterMean">Compensated before quantisation: mean |W_eff − W|.</param>
/// <param name="ProgrammedMax">Compensated and programmed (levels and the other non-idealities): largest |W_eff − W|, what
/// the wired level computes with.</param>
/// <param name="ProgrammedMean">Compensated and programmed: mean |W_eff − W|.</param>
/// <param name="MappedMax">The target programmed with ideal wires (what the mapped level computes with): largest |W_eff − W|.</param>
/// <param name="MappedMean">Mapped level: mean |W_eff − W|.</param>
/// <param name="Clipped">G+/G− pairs held at the device range (their active device would need more than Gmax).</param>
/// <param name="LevelsLost">The card's levels above the largest target conductance: unused because of the headroom.</param>
public sealed record LayerCompensation(
    string OperatingPoint,
    double Headroom,
    int Attempts,
    int Iterations,
    bool Converged,
    double Tolerance,
    double BeforeMax,
    double BeforeMean,
    double AfterMax,
    double AfterMean,
    double ProgrammedMax,
    double ProgrammedMean,
    double MappedMax,
    double MappedMean,
    int Clipped,
    int LevelsLost)
{
    /// <summary>True when the layer's scale was lowered to make room for the compensation.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool ScaleLowered => Headroom < 1;
}

namespace CrossbarSpice.Devices.IvModels;

/// <summary>The I–V models a memristor card can name in <c>ivModel.kind</c>.</summary>
public enum IvModelKind
{
    /// <summary>Ohmic read model: a fixed conductance, no state.</summary>
    Static,

    /// <summary>VTEAM (Kvatinsky 2015; [P1] eqs. 4–5) with Kvatinsky windows.</summary>
    Vteam,

    /// <summary>HP linear ion drift (Strukov 2008; [P4] eq. 2) with a Joglekar or Biolek window.</summary>
    LinearIonDrift,

    /// <summary>The threshold model of [P4] eq. 3: no change between the thresholds.</summary>
    Threshold,
}

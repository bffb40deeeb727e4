namespace CrossbarSpice.Devices.IvModels;

/// <summary>Window of the linear ion-drift state equation.</summary>
public enum IonDriftWindow
{
    /// <summary>Joglekar: f(x) = 1 − (2x − 1)^(2p).</summary>
    Joglekar,

    /// <summary>Biolek: f(x) = 1 − (x − u(−i))^(2p), u the unit step.</summary>
    Biolek,
}

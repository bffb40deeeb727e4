namespace CrossbarSpice.Devices.IvModels;

/// <summary>Window of the VTEAM state equation.</summary>
public enum VteamWindow
{
    /// <summary>Kvatinsky windows f_off = exp(−exp((w − woff)/wc)), f_on = exp(−exp(−(w − won)/wc)).</summary>
    Kvatinsky,

    /// <summary>No window (f = 1); hard bounds only.</summary>
    None,
}

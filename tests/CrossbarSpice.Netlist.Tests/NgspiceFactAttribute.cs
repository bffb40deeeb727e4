namespace CrossbarSpice.Netlist.Tests;

/// <summary>A fact that needs the ngspice CLI; skipped (with the reason shown) when it is not installed.</summary>
public sealed class NgspiceFactAttribute : FactAttribute
{
    /// <summary>Where Debian installs the ngspice CLI.</summary>
    public const string NgspicePath = "/usr/bin/ngspice";

    public NgspiceFactAttribute()
    {
        if (!File.Exists(NgspicePath))
        {
            Skip = $"ngspice CLI not installed at {NgspicePath} (apt-get install ngspice)";
        }
    }
}

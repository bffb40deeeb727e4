namespace CrossbarSpice.Cosim.Energy;

/// <summary>Where a module's figures come from.</summary>
public enum ModuleSource
{
    /// <summary>Simulated: the crossbar solved exactly, or the module's transistor-level bench run in ngspice.</summary>
    Simulated,

    /// <summary>Estimate: a parametric model from published figures (no transistor-level netlist in the project).</summary>
    Estimate,
}

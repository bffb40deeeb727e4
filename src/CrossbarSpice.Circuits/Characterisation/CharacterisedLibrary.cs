using System.Collections.Concurrent;
using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Circuits.Characterisation;

/// <summary>
/// The evaluator of the <c>characterised</c> fidelity level: DC transfer tables stored per module, card/level and
/// supply as <c>&lt;root&gt;/&lt;module&gt;/&lt;process key&gt;.csv</c> (e.g.
/// <c>characterised/relu/cmos-180nm_bsim3_1.8V.csv</c>), loaded on first use and cached. Thread-safe.
/// </summary>
public sealed class CharacterisedLibrary
{
    private readonly ConcurrentDictionary<string, CharacterisedTransfer> cache = new(StringComparer.Ordinal);

    /// <summary>Opens the library in <paramref name="root"/> for process <paramref name="processKey"/>.</summary>
    public CharacterisedLibrary(string root, string processKey)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(processKey);
        Root = root;
        ProcessKey = processKey;
    }

    /// <summary>Folder holding one sub-folder per module.</summary>
    public string Root { get; }

    /// <summary>Process key the tables are for, e.g. <c>cmos-180nm_bsim3_1.8V</c>.</summary>
    public string ProcessKey { get; }

    /// <summary>Path of <paramref name="module"/>'s table for <paramref name="processKey"/> under <paramref name="root"/>.</summary>
    public static string PathOf(string root, string module, string processKey) => Path.Combine(root, module, processKey + ".csv");

    /// <summary>True when a table for <paramref name="module"/> exists.</summary>
    public bool Contains(string module) => File.Exists(PathOf(Root, module, ProcessKey));

    /// <summary>The table of <paramref name="module"/>.</summary>
    /// <exception cref="InputException">No table for this module and process (run <c>crossbar characterize</c>).</exception>
    public CharacterisedTransfer Table(string module) => cache.GetOrAdd(module, m =>
    {
        var path = PathOf(Root, m, ProcessKey);
        return File.Exists(path)
            ? CharacterisedTransferCsv.Read(path)
            : throw new InputException(new SourceLocation(path), $"no characterised table for module '{m}' on {ProcessKey}; run ./crossbar characterize {m}");
    });

    /// <summary>Output (V) of a one-input module at <paramref name="input"/> (V or A).</summary>
    public double Evaluate(string module, double input) => Table(module).Evaluate(input);

    /// <summary>Output (V) of a two-input module (the multiplier) at (<paramref name="input"/>, <paramref name="secondInput"/>), V.</summary>
    public double Evaluate(string module, double input, double secondInput) => Table(module).Evaluate(input, secondInput);
}

using CrossbarSpice.Circuits.Compilation;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Mapping.Plans;

namespace CrossbarSpice.Cosim.Design;

/// <summary>A compiled design folder as written by compile-weights: its manifest and conductance plan.</summary>
/// <param name="Root">Full path of the folder holding manifest.json.</param>
/// <param name="Manifest">The manifest.</param>
/// <param name="Plan">The conductance plan.</param>
public sealed record CompiledDesignFolder(string Root, DesignManifest Manifest, ConductancePlan Plan)
{
    /// <summary>
    /// Reads the design folder <paramref name="root"/>, after checking that every file of it is as compiled (the
    /// manifest's SHA-256 list, <see cref="DesignFiles"/>).
    /// </summary>
    /// <exception cref="InputException">No manifest, or it or the plan is malformed, or a file of the design is missing
    /// or was edited after compiling (names the file).</exception>
    public static CompiledDesignFolder Read(string root)
    {
        var full = Path.GetFullPath(root);
        var manifest = CompiledDesignValidator.ReadManifest(Path.Combine(full, DesignFiles.ManifestName));
        DesignFiles.Verify(full, manifest);
        var plan = ConductancePlanReader.Read(Path.GetDirectoryName(Path.Combine(full, manifest.Plan))!);
        return new CompiledDesignFolder(full, manifest, plan);
    }

    /// <summary>The same folder with <paramref name="plan"/> in place of its conductance plan (in memory; nothing is written).</summary>
    public CompiledDesignFolder WithPlan(ConductancePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return this with { Plan = plan };
    }

    /// <summary>The design folder a deck belongs to: the nearest folder above it holding manifest.json.</summary>
    public static string? RootOf(string deckPath)
    {
        for (var directory = Path.GetDirectoryName(Path.GetFullPath(deckPath)); directory != null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "manifest.json")))
            {
                return directory;
            }
        }

        return null;
    }

    /// <summary>The crossbar whose deck is <paramref name="deckPath"/>.</summary>
    public ManifestCrossbar CrossbarOfDeck(string deckPath)
    {
        var full = Path.GetFullPath(deckPath);
        return Manifest.Layers.SelectMany(l => l.Crossbars).FirstOrDefault(c => Path.GetFullPath(Path.Combine(Root, c.Deck)) == full)
            ?? throw new InputException(new SourceLocation(deckPath), $"this deck is not a crossbar deck of design {Manifest.Design}");
    }
}

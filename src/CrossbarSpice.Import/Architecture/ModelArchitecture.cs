using CrossbarSpice.Core.Network;

namespace CrossbarSpice.Import.Architecture;

/// <summary>A validated architecture file (see docs/architecture-format.md), tensors not yet bound.</summary>
public sealed record ModelArchitecture
{
    /// <summary>Value of the <c>format</c> field this version reads.</summary>
    public const string FormatName = "crossbarspice-architecture/1";

    /// <summary>The architecture file as given.</summary>
    public required string File { get; init; }

    /// <summary>Network name.</summary>
    public required string Name { get; init; }

    /// <summary>The network input: name (default <c>input</c>) and per-sample shape.</summary>
    public required NetworkInput Input { get; init; }

    /// <summary>Values that are network outputs; empty means the last layer's output.</summary>
    public required IReadOnlyList<string> Outputs { get; init; }

    /// <summary>True when integer-typed weight tensors are accepted (<c>allowIntegerWeights</c>); default false.</summary>
    public bool AllowIntegerWeights { get; init; }

    /// <summary>The layers in file order.</summary>
    public required IReadOnlyList<LayerDeclaration> Layers { get; init; }
}

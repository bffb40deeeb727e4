using System.Globalization;

namespace CrossbarSpice.Core.Network;

/// <summary>A height × width pair of element counts (kernel size, stride or padding of a 2-D window).</summary>
/// <param name="Height">Along H (rows), in elements.</param>
/// <param name="Width">Along W (columns), in elements.</param>
public readonly record struct Size2d(int Height, int Width)
{
    /// <summary>A square size.</summary>
    public static Size2d Square(int size) => new(size, size);

    /// <summary>Formats as <c>3×3</c>.</summary>
    public override string ToString() =>
        Height.ToString(CultureInfo.InvariantCulture) + "×" + Width.ToString(CultureInfo.InvariantCulture);
}

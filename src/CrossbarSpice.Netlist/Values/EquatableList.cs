using System.Collections;

namespace CrossbarSpice.Netlist.Values;

/// <summary>
/// Immutable list with element-wise equality, so records holding lists compare by content.
/// </summary>
internal sealed class EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    private readonly T[] items;

    private EquatableList(T[] items) => this.items = items;

    /// <summary>The empty list.</summary>
    public static EquatableList<T> Empty { get; } = new([]);

    public int Count => items.Length;

    public T this[int index] => items[index];

    /// <summary>Copies <paramref name="source"/> (null gives the empty list); an existing instance is shared.</summary>
    public static EquatableList<T> From(IEnumerable<T>? source) => source switch
    {
        null => Empty,
        EquatableList<T> list => list,
        _ => new EquatableList<T>([.. source]),
    };

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(EquatableList<T>? other) =>
        other is not null && items.AsSpan().SequenceEqual(other.items, EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => Equals(obj as EquatableList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(", ", items) + "]";
}

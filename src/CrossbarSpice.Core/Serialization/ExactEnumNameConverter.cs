using System.Text.Json.Serialization;

namespace CrossbarSpice.Core.Serialization;

/// <summary>
/// Writes and reads a <typeparamref name="TEnum"/> by its C# member name exactly as declared (e.g. <c>Passive</c>,
/// <c>Differential</c>) rather than in the kebab case of <see cref="ProjectJson"/>; integers are rejected. Put it on a
/// property with <c>[JsonConverter(typeof(ExactEnumNameConverter&lt;T&gt;))]</c> where a file format already spells
/// the names that way.
/// </summary>
/// <typeparam name="TEnum">The enum type.</typeparam>
public sealed class ExactEnumNameConverter<TEnum> : JsonStringEnumConverter<TEnum>
    where TEnum : struct, Enum
{
    /// <summary>Creates the converter: no naming policy, no integer values.</summary>
    public ExactEnumNameConverter()
        : base(namingPolicy: null, allowIntegerValues: false)
    {
    }
}

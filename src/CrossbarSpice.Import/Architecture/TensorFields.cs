using CrossbarSpice.Core.Network;
using CrossbarSpice.Core.Tensors;

namespace CrossbarSpice.Import.Architecture;

/// <summary>Reads tensor-reference fields into <see cref="TensorRequirement"/>s and fetches them back when building.</summary>
internal static class TensorFields
{
    /// <summary>Reads field <paramref name="field"/> (a tensor name or CSV path); adds it when the shape is known.</summary>
    /// <returns>False when a required field is missing or invalid.</returns>
    public static bool Read(JsonFields fields, string field, string role, TensorShape? expected, string meaning, bool required, List<TensorRequirement> into)
    {
        var reference = fields.Text(field, required);
        if (reference is not null && expected is not null)
        {
            into.Add(new TensorRequirement(role, reference, expected, meaning, fields.PathOf(field)));
        }

        return reference is not null || !required;
    }

    /// <summary>The tensor bound to <paramref name="role"/>, or null when the optional field was left out.</summary>
    public static Tensor? Optional(IReadOnlyDictionary<string, Tensor> tensors, string role) =>
        tensors.TryGetValue(role, out var tensor) ? tensor : null;

    /// <summary>The tensor bound to <paramref name="role"/>.</summary>
    /// <exception cref="ArgumentException">Not bound (caller bug).</exception>
    public static Tensor Required(IReadOnlyDictionary<string, Tensor> tensors, string role) =>
        tensors.TryGetValue(role, out var tensor) ? tensor : throw new ArgumentException($"tensor role '{role}' is not bound", nameof(tensors));

    /// <summary>
    /// Shape from optional dimensions for the tensor of field <paramref name="field"/>: null when any is unknown, or
    /// (reported at the field's path) when they hold more than 2^31 − 1 elements.
    /// </summary>
    public static TensorShape? Shape(JsonFields fields, string field, params long?[] dimensions)
    {
        if (dimensions.Any(d => d is null))
        {
            return null;
        }

        long[] known = [.. dimensions.Select(d => d!.Value)];
        if (TensorShape.TryCreate(known, out var shape))
        {
            return shape;
        }

        fields.Context.Report(NetworkDiagnosticCode.OutOfRange, fields.PathOf(field), $"the tensor's shape {TensorShape.Format(known)} holds more than 2^31 − 1 elements");
        return null;
    }
}

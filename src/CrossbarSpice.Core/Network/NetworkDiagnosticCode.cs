namespace CrossbarSpice.Core.Network;

/// <summary>Kinds of problem found while reading or validating a network; stable codes <c>NW001</c>… for scripts and tests.</summary>
public enum NetworkDiagnosticCode
{
    /// <summary>NW001: a file cannot be read or is not in its format (bad JSON, corrupt or truncated npz/npy/safetensors, bad CSV).</summary>
    InvalidFile = 1,

    /// <summary>NW002: a field the architecture format does not define.</summary>
    UnknownField = 2,

    /// <summary>NW003: a required field is absent.</summary>
    MissingField = 3,

    /// <summary>NW004: a field has the wrong JSON type.</summary>
    WrongType = 4,

    /// <summary>NW005: a number outside its range (stride 0, negative size, ε ≤ 0, …).</summary>
    OutOfRange = 5,

    /// <summary>NW006: a name that is not one of the allowed ones (unknown layer type, activation, format).</summary>
    UnknownName = 6,

    /// <summary>NW007: a layer, value or tensor name defined twice.</summary>
    DuplicateName = 7,

    /// <summary>NW008: a layer input or network output names a value that nothing before it produces.</summary>
    UndefinedValue = 8,

    /// <summary>NW009: a layer's input shape does not fit the layer ("expects 784 inputs, gets 783").</summary>
    ShapeMismatch = 9,

    /// <summary>NW010: a tensor the architecture names is in no weights file.</summary>
    MissingTensor = 10,

    /// <summary>NW011: a tensor's shape differs from what the architecture implies.</summary>
    TensorShape = 11,

    /// <summary>NW012: a tensor's element type is not allowed (integer weights without <c>allowIntegerWeights</c>).</summary>
    TensorDataType = 12,

    /// <summary>NW013: a tensor holds NaN or an infinity.</summary>
    NonFinite = 13,

    /// <summary>NW014 (warning): a tensor in the weights files that no layer uses.</summary>
    UnusedTensor = 14,

    /// <summary>NW015: the graph as a whole is malformed (no input, no layer, wrong number of layer inputs).</summary>
    Structure = 15,

    /// <summary>NW016: a key appears twice in one JSON object (the later value would silently win).</summary>
    DuplicateField = 16,
}

namespace CrossbarSpice.Devices.Reading;

/// <summary>Kinds of problem the device-card validator reports; stable codes <c>DC001</c>… for scripts and tests.</summary>
public enum CardDiagnosticCode
{
    /// <summary>DC001: the file is not valid JSON (or cannot be read).</summary>
    InvalidJson = 1,

    /// <summary>DC002: a field the format does not define.</summary>
    UnknownField = 2,

    /// <summary>DC003: a required field is absent.</summary>
    MissingField = 3,

    /// <summary>DC004: a field has the wrong JSON type (e.g. a string where a number object belongs).</summary>
    WrongType = 4,

    /// <summary>DC005: a number that is NaN, infinite or outside its range (negative resistance, levels &lt; 2, …).</summary>
    OutOfRange = 5,

    /// <summary>DC006: values that contradict each other (Gmin ≥ Gmax, unsorted level table, both Ron/Roff and Gmin/Gmax, …).</summary>
    Inconsistent = 6,

    /// <summary>DC007: a number without exactly one of <c>source</c> and <c>assumption</c>.</summary>
    Provenance = 7,

    /// <summary>DC008: an enumeration value that is not one of the allowed names.</summary>
    UnknownName = 8,

    /// <summary>DC009: a referenced file (process card, model library) is missing or invalid.</summary>
    Reference = 9,

    /// <summary>DC010: a key appears twice in one JSON object (the later value would silently win).</summary>
    DuplicateField = 10,
}

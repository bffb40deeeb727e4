namespace CrossbarSpice.Core.Serialization;

/// <summary>Kinds of problem a <see cref="StrictJsonObject{TContext}"/> reports on its own; each reader maps them to its own codes.</summary>
public enum StrictJsonProblem
{
    /// <summary>A field the format does not define.</summary>
    UnknownField,

    /// <summary>A required field is absent.</summary>
    MissingField,

    /// <summary>A field (or the object itself) has the wrong JSON type.</summary>
    WrongType,

    /// <summary>A key appears twice in one object.</summary>
    DuplicateField,
}

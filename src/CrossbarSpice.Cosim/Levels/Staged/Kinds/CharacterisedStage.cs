using CrossbarSpice.Circuits.Characterisation;
using CrossbarSpice.Circuits.Stages;

namespace CrossbarSpice.Cosim.Levels.Staged.Kinds;

/// <summary>
/// A stage kind's behaviour at the <c>characterised</c> level (as SpiceSharp keeps an entity's behaviours beside it):
/// what it measures of the design's own periphery circuit in ngspice, once per stage deck (its bench), and how it
/// computes the lanes from that measurement. One class per stage record type, registered once in
/// <see cref="CharacterisedStages"/>; a new stage kind is one new file and one line there.
/// </summary>
internal abstract class CharacterisedStage
{
    /// <summary>The stage record type this behaviour computes.</summary>
    public abstract Type StageType { get; }

    /// <summary>Measures <paramref name="stage"/>'s circuit (its bench in ngspice); the result is the model
    /// <see cref="Evaluate"/> gets, cached per stage deck by the evaluator.</summary>
    public abstract object Measure(CircuitStage stage, StageContext context);

    /// <summary>Per lane, per output layer, the outputs (network units) for the lane inputs <paramref name="lanes"/>.</summary>
    public abstract double[][][] Evaluate(CircuitStage stage, object model, IReadOnlyList<double[]> lanes, StageContext context, CancellationToken cancellationToken);

    /// <summary>The model's 1-D transfer tables when it is made of them (reported by the evaluator), else null.</summary>
    public virtual CharacterisedTransfer[]? Tables(object model) => model as CharacterisedTransfer[];
}

/// <summary>A behaviour typed by its stage record and its measured model.</summary>
/// <typeparam name="TStage">The stage record.</typeparam>
/// <typeparam name="TModel">What the bench measures.</typeparam>
internal abstract class CharacterisedStage<TStage, TModel> : CharacterisedStage
    where TStage : CircuitStage
    where TModel : class
{
    /// <inheritdoc />
    public sealed override Type StageType => typeof(TStage);

    /// <inheritdoc />
    public sealed override object Measure(CircuitStage stage, StageContext context) => Measure((TStage)stage, context);

    /// <inheritdoc />
    public sealed override double[][][] Evaluate(CircuitStage stage, object model, IReadOnlyList<double[]> lanes, StageContext context, CancellationToken cancellationToken) =>
        Evaluate((TStage)stage, (TModel)model, lanes, context, cancellationToken);

    /// <summary>The bench's measurement.</summary>
    protected abstract TModel Measure(TStage stage, StageContext context);

    /// <summary>The lanes' outputs from the measurement.</summary>
    protected abstract double[][][] Evaluate(TStage stage, TModel model, IReadOnlyList<double[]> lanes, StageContext context, CancellationToken cancellationToken);
}

namespace CrossbarSpice.Circuits.Stages;

/// <summary>
/// The clocking and hold parts of a full-transient LSTM sequence (<see cref="LstmTransientDeck"/>). Each time step is
/// one period P: x_t changes at 0 (ramp <see cref="EdgeSeconds"/>), the cell evaluates with the slave holds driving
/// h_{t−1} and c_{t−1}; the sample phase φS closes the master switches (cell outputs → master capacitors) over
/// [<see cref="SampleStart"/>, <see cref="SampleEnd"/>)·P, then, after a gap, the transfer phase φT closes the slave
/// switches (buffered master → slave capacitors) over [<see cref="TransferStart"/>, <see cref="TransferEnd"/>)·P.
/// φS and φT never overlap, so a master is isolated while the value it holds moves the cell's inputs. During the
/// first step's evaluation a reset phase holds the slaves at 0 V (h_0 = c_0 = 0).
/// </summary>
/// <param name="PeriodSeconds">P, one time step, s.</param>
/// <param name="EdgeSeconds">Rise and fall time of the clocks and of the x_t ramps, s.</param>
/// <param name="HoldFarads">Each master and slave hold capacitor, F.</param>
/// <param name="SwitchOnOhms">Switch on-resistance (ngspice <c>SW</c> model RON), Ω.</param>
/// <param name="SwitchOffOhms">Switch off-resistance (ROFF), Ω: the hold droop path.</param>
/// <param name="ClockVolts">Clock high level (low is 0 V); the switches close above half of it.</param>
public sealed record LstmTransientTiming(
    double PeriodSeconds = 4e-6,
    double EdgeSeconds = 5e-9,
    double HoldFarads = 1e-12,
    double SwitchOnOhms = 100,
    double SwitchOffOhms = 1e12,
    double ClockVolts = 1.8)
{
    /// <summary>Start of the sample phase φS, fraction of the period.</summary>
    public const double SampleStart = 0.6;

    /// <summary>End of φS (its switches open), fraction of the period.</summary>
    public const double SampleEnd = 0.75;

    /// <summary>Start of the transfer phase φT, fraction of the period.</summary>
    public const double TransferStart = 0.8;

    /// <summary>End of φT, fraction of the period.</summary>
    public const double TransferEnd = 0.95;

    /// <summary>End of the reset phase (first period only), fraction of the period.</summary>
    public const double ResetEnd = 0.5;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when a value is not positive and finite or the edges do not fit the gaps between phases.</summary>
    public void Validate()
    {
        foreach (var (value, name) in new[]
        {
            (PeriodSeconds, nameof(PeriodSeconds)), (EdgeSeconds, nameof(EdgeSeconds)), (HoldFarads, nameof(HoldFarads)),
            (SwitchOnOhms, nameof(SwitchOnOhms)), (SwitchOffOhms, nameof(SwitchOffOhms)), (ClockVolts, nameof(ClockVolts)),
        })
        {
            if (!(value > 0) || !double.IsFinite(value))
            {
                throw new ArgumentOutOfRangeException(name, value, "must be positive and finite");
            }
        }

        // Phases are placed so that each edge ends before the next phase starts (0.05·P gaps).
        if (EdgeSeconds > 0.02 * PeriodSeconds)
        {
            throw new ArgumentOutOfRangeException(nameof(EdgeSeconds), EdgeSeconds, "edges must be at most 2 % of the period so the clock phases do not overlap");
        }
    }
}

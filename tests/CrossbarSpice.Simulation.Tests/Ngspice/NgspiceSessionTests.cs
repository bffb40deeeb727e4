using CrossbarSpice.Simulation.Engine;
using CrossbarSpice.Simulation.Ngspice;

namespace CrossbarSpice.Simulation.Tests.Ngspice;

/// <summary>ngspice's controlled exit (its replacement for exit()) never reaches the host process.</summary>
public sealed class NgspiceSessionTests
{
    [Fact]
    public void Command_Quit_RaisesEngineFailedAndLeavesProcessAndNewCopiesWorking()
    {
        var session = NgspiceSession.Start();
        try
        {
            // 'quit' makes ngspice call its controlled-exit callback, as it does on unrecoverable errors.
            var error = Assert.Throws<EngineFailedException>(() => session.Command("quit"));

            Assert.True(session.IsBroken);
            Assert.Contains("requested exit", error.Log, StringComparison.Ordinal);
        }
        finally
        {
            session.Dispose();
        }

        using var engine = new NgspiceEngine(maxConcurrentRuns: 1);
        var result = engine.Run(new SimulationRequest(Support.Decks.Divider(3, 2000, 1000)));
        Support.Close.Assert(1.0, result.Voltage("out"), 1e-12, 0, "divider after a controlled exit");
    }
}

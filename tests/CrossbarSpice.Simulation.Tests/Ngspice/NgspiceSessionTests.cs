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

    [Fact]
    public void RunAndCommand_AfterDispose_ThrowObjectDisposedInsteadOfCallingTheUnloadedCopy()
    {
        var session = NgspiceSession.Start();
        session.Dispose();
        string[] deck = ["divider", "V1 in 0 DC 1", "R1 in 0 1000", ".op", ".end"];

        Assert.Throws<ObjectDisposedException>(() => session.Run(deck, isTransient: false, TimeSpan.FromSeconds(10), null, CancellationToken.None));
        Assert.Throws<ObjectDisposedException>(() => session.Command("destroy all"));
        session.Dispose();
    }
}

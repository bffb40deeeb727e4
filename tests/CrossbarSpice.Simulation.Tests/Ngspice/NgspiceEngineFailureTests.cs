using CrossbarSpice.Netlist.Analyses;
using CrossbarSpice.Simulation.Engine;
using CrossbarSpice.Simulation.Ngspice;
using CrossbarSpice.Simulation.Tests.Support;

namespace CrossbarSpice.Simulation.Tests.Ngspice;

/// <summary>ngspice failures become typed exceptions; the host lives on and the next run works.</summary>
public sealed class NgspiceEngineFailureTests : IDisposable
{
    // One library copy, so every failure below hits the same copy the follow-up run would reuse.
    private readonly NgspiceEngine engine = new(maxConcurrentRuns: 1);

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Run_UnknownModel_ThrowsNetlistRejectedWithNgspiceMessage()
    {
        var netlist = Decks.Parse("bad model\nV1 in 0 DC 1\nR1 in out 1000\nD1 out 0 nosuchmodel\n.op\n.end\n");

        var error = Assert.Throws<NetlistRejectedException>(() => engine.Run(new SimulationRequest(netlist)));

        Assert.Contains("nosuchmodel", error.SimulatorMessage, StringComparison.OrdinalIgnoreCase);
        AssertNextRunWorks();
    }

    [Fact]
    public void Run_VoltageSourceLoop_ThrowsSingularMatrix()
    {
        // Two ideal sources in parallel: the MNA matrix is singular whatever gmin or source stepping does.
        var netlist = Decks.Parse("loop\nV1 a 0 DC 1\nV2 a 0 DC 2\nR1 a 0 1000\n.op\n.end\n");

        var error = Assert.Throws<SingularMatrixException>(() => engine.Run(new SimulationRequest(netlist)));

        Assert.Contains("singular", error.SimulatorMessage, StringComparison.OrdinalIgnoreCase);
        AssertNextRunWorks();
    }

    [Fact]
    public void Run_RunawayTransient_ThrowsTimestepTooSmall()
    {
        // A current source growing as exp(200·V) into 1 fF once the step arrives: Newton fails at every step
        // size and ngspice gives up at t ≈ 1 ns with "Timestep too small".
        var netlist = Decks.Parse(
            "timestep\nV1 in 0 PULSE(0 1 1e-9 1e-12 1e-12 1e-6 2e-6)\nB1 0 out I=1e-3*exp(200*V(out))*V(in)\n" +
            "C1 out 0 1e-15\nR1 out 0 1e3\n.tran 1e-9 1e-6\n.end\n");

        var error = Assert.Throws<TimestepTooSmallException>(() => engine.Run(new SimulationRequest(netlist)));

        Assert.Contains("timestep too small", error.SimulatorMessage, StringComparison.OrdinalIgnoreCase);

        AssertNextRunWorks();
    }

    [Fact]
    public void Run_OperatingPointWithoutSolution_ThrowsConvergence()
    {
        // A square-root law with infinite slope at 0.3 V: Newton cannot land on the solution, gmin and source
        // stepping are off, and ngspice's last resort (a transient to steady state) gives up too.
        var netlist = Decks.Parse(
            "noconv\nI1 0 out DC 1e-3\nB1 out 0 I=1e3*sgn(V(out)-0.3)*sqrt(abs(V(out)-0.3))\n" +
            ".options itl1=30 gminsteps=0 srcsteps=0 noopiter\n.op\n.end\n");

        var error = Assert.Throws<ConvergenceException>(() => engine.Run(new SimulationRequest(netlist)));

        Assert.Contains("out", error.Message, StringComparison.Ordinal);
        AssertNextRunWorks();
    }

    [Fact]
    public void Run_MissingInclude_ThrowsTypedErrorAndEngineRecovers()
    {
        var netlist = Decks.Parse("include\n.include /nonexistent/crossbarspice/models.lib\nV1 in 0 DC 1\nR1 in 0 1000\n.op\n.end\n");

        var error = Assert.ThrowsAny<SimulationException>(() => engine.Run(new SimulationRequest(netlist)));

        Assert.Contains("nonexistent", error.Log, StringComparison.OrdinalIgnoreCase);
        AssertNextRunWorks();
    }

    [Fact]
    public void Run_PastTimeout_HaltsAndThrowsTimeout()
    {
        // 10 s of a 1 GHz sine at 1 ps steps: far longer than the 0.5 s allowed.
        var netlist = Decks.Parse("slow\nV1 in 0 SIN(0 1 1e9)\nR1 in out 1000\nC1 out 0 1e-12\n.tran 1e-12 10 0 1e-12\n.end\n");
        var request = new SimulationRequest(netlist) { Timeout = TimeSpan.FromSeconds(0.5) };

        var started = System.Diagnostics.Stopwatch.StartNew();
        Assert.Throws<SimulationTimeoutException>(() => engine.Run(request));

        Assert.True(started.Elapsed < TimeSpan.FromSeconds(20), $"halting took {started.Elapsed}");
        AssertNextRunWorks();
    }

    [Fact]
    public void Run_Cancelled_ThrowsOperationCanceled()
    {
        var netlist = Decks.Parse("slow\nV1 in 0 SIN(0 1 1e9)\nR1 in out 1000\nC1 out 0 1e-12\n.tran 1e-12 10 0 1e-12\n.end\n");
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(0.3));

        Assert.ThrowsAny<OperationCanceledException>(() => engine.Run(new SimulationRequest(netlist), cancel.Token));

        AssertNextRunWorks();
    }

    [Fact]
    public void Run_NetlistWithoutAnalysis_ThrowsInputErrorNamingIt()
    {
        var netlist = Decks.Parse("no analysis\nV1 in 0 DC 1\nR1 in 0 1000\n.end\n");

        var error = Assert.Throws<Core.Diagnostics.InputException>(() => engine.Run(new SimulationRequest(netlist)));

        Assert.Contains("no analysis", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OverriddenAnalysis_ReplacesTheNetlistsOwn()
    {
        var netlist = Decks.Divider(2, 1000, 3000);

        var result = engine.Run(new SimulationRequest(netlist, new DcAnalysis(new DcSweep("V1", 0, 2, 1))));

        Assert.Equal("dc", result.Analysis);
        Assert.Equal([0.0, 1.0, 2.0], result["v1"].Values);
        Close.Assert(1.5, result["v(out)"].Final, 1e-12, 0, "v(out) at V1 = 2 V");
    }

    [Fact]
    public void Run_DeckIncludingItself_ThrowsInputExceptionNamingTheLoop()
    {
        var folder = Directory.CreateTempSubdirectory("ngspice-loop-").FullName;
        try
        {
            var path = Path.Combine(folder, "loop.cir");
            File.WriteAllText(path, "loop\n.include loop.cir\nV1 a 0 1\nR1 a 0 1k\n.op\n.end\n");

            var error = Assert.Throws<CrossbarSpice.Core.Diagnostics.InputException>(
                () => engine.Run(new SimulationRequest(CrossbarSpice.Netlist.Reading.SpiceNetlistReader.ReadFile(path))));

            Assert.Contains($"include loop: {path} → {path}", error.Message, StringComparison.Ordinal);
            AssertNextRunWorks();
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private void AssertNextRunWorks()
    {
        var result = engine.Run(new SimulationRequest(Decks.Divider(1, 1000, 1000)));
        Close.Assert(0.5, result.Voltage("out"), 1e-12, 0, "divider after a failure");
    }
}

using CrossbarSpice.Simulation.Engine;
using CrossbarSpice.Simulation.Ngspice;
using CrossbarSpice.Simulation.Tests.Support;

namespace CrossbarSpice.Simulation.Tests.Ngspice;

/// <summary>Runs in parallel (one library copy each) give bit-identical answers to serial runs.</summary>
public sealed class NgspiceEngineConcurrencyTests
{
    [Fact]
    public void Run_ParallelDifferentCircuits_EqualSerialResultsBitForBit()
    {
        var netlists = Enumerable.Range(1, 24)
            .Select(i => Decks.Parse(
                $"rc {i}\nV1 in 0 PULSE(0 {i} 0 1e-9 1e-9 1e-6 2e-6)\nR1 in out {1000 * i}\nC1 out 0 1e-10\nR2 out 0 {500 + i}\n.tran 1e-9 2e-6\n.end\n"))
            .ToList();

        using var serialEngine = new NgspiceEngine(maxConcurrentRuns: 1);
        var serial = netlists.Select(n => serialEngine.Run(new SimulationRequest(n))).ToList();

        using var parallelEngine = new NgspiceEngine(maxConcurrentRuns: 4);
        var parallel = new SimulationResult[netlists.Count];
        Parallel.For(0, netlists.Count, new ParallelOptions { MaxDegreeOfParallelism = 6 }, i =>
            parallel[i] = parallelEngine.Run(new SimulationRequest(netlists[i])));

        for (var i = 0; i < netlists.Count; i++)
        {
            Assert.Equal(serial[i].Vectors.Select(v => v.Name), parallel[i].Vectors.Select(v => v.Name));
            foreach (var vector in serial[i].Vectors)
            {
                Assert.Equal(vector.Values, parallel[i][vector.Name].Values);
            }
        }
    }
}

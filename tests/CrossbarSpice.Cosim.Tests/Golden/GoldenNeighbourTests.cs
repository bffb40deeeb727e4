using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Cosim.Golden;
using CrossbarSpice.Tests.Shared;

namespace CrossbarSpice.Cosim.Tests.Golden;

/// <summary>
/// The recorded golden cases (golden/cosim) can fail: a level returning its neighbour's values is caught, on the
/// recorded outputs alone (no simulator), and <see cref="GoldenGuard"/> refuses tolerances that would let it pass.
/// </summary>
public sealed class GoldenNeighbourTests
{
    private static readonly string Root = RepositoryRoot.Combine("golden", "cosim");

    /// <summary>Every recorded case by name.</summary>
    public static TheoryData<string> Cases() => new(CaseNames());

    /// <summary>Every (case, level, neighbour) whose pair is not waived, in both directions.</summary>
    public static TheoryData<string, string, string> Substitutions()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var name in CaseNames())
        {
            var (golden, path, outputs) = Load(name);
            foreach (var gap in GoldenGuard.Gaps(golden, path, outputs).Where(g => g.Waiver is null))
            {
                data.Add(name, gap.Upper, gap.Lower);
                data.Add(name, gap.Lower, gap.Upper);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void RecordedCase_EveryNeighbourPairGuardedOrWaivedWithReason(string name)
    {
        var (golden, path, outputs) = Load(name);

        var gaps = GoldenGuard.Gaps(golden, path, outputs);

        Assert.Equal(golden.Levels(path).Count - 1, gaps.Count);
        GoldenGuard.Enforce(gaps, path);
        Assert.All(gaps.Where(g => g.Waiver is null), g => Assert.True(g.Margin >= GoldenGuard.MinimumMargin, g.Describe()));
    }

    [Theory]
    [MemberData(nameof(Substitutions))]
    public void Check_LevelReturningItsNeighboursValues_FailsNamingLevelAndElement(string name, string level, string neighbour)
    {
        var (golden, path, recorded) = Load(name);
        var tolerances = golden.TolerancesByLevel(path);
        var gap = GoldenGuard.Gaps(golden, path, recorded).Single(g => (g.Lower, g.Upper) == (level, neighbour) || (g.Lower, g.Upper) == (neighbour, level));
        var theirs = recorded.Rows.Where(r => r.Level == neighbour).ToDictionary(r => (r.Sample, r.Output));

        // The level returns its neighbour's values, and those have drifted towards the level's recorded ones by as
        // much as the neighbour's own tolerance allows: the worst case the guard promises to catch.
        var substituted = new GoldenOutputs(recorded.Rows.Select(r =>
        {
            if (r.Level != level)
            {
                return r;
            }

            var other = theirs[(r.Sample, r.Output)];
            var drift = Math.Min(tolerances[neighbour], Math.Abs(r.Volts - other.Volts)) * Math.Sign(r.Volts - other.Volts);
            return r with { Volts = other.Volts + drift, Predicted = other.Predicted };
        }).ToList());

        var comparison = GoldenComparison.Compare(name, golden, path, recorded, substituted);

        Assert.False(comparison.Passed);
        Assert.Contains(comparison.Violations, v => v.StartsWith($"{level} sample {gap.Sample} output {gap.Output}:", StringComparison.Ordinal));
        Assert.DoesNotContain(comparison.Violations, v => !v.StartsWith(level + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Enforce_SpiceToleranceAboveItsGapToCharacterised_ThrowsNamingThePairAndField()
    {
        var (golden, path, outputs) = Load("bcu-small");
        var gap = GoldenGuard.Gaps(golden, path, outputs).Single(g => g.Upper == "spice");
        var loose = golden with { ToleranceVolts = new Dictionary<string, double>(golden.ToleranceVolts) { ["spice"] = gap.MaxVolts } };

        var error = Assert.Throws<InputException>(() => GoldenGuard.Enforce(GoldenGuard.Gaps(loose, path, outputs), path));

        Assert.Equal("toleranceVolts", error.Location.Field);
        Assert.Contains("characterised <-> spice", error.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("wired <-> characterised", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Enforce_WaiverOfPairThatDiffers_ThrowsAsStale()
    {
        var (golden, path, outputs) = Load("bcu-small");
        var waived = golden with { Indistinguishable = new Dictionary<string, string> { ["characterised/spice"] = "claimed equal" } };

        var error = Assert.Throws<InputException>(() => GoldenGuard.Enforce(GoldenGuard.Gaps(waived, path, outputs), path));

        Assert.Equal("indistinguishable", error.Location.Field);
        Assert.Contains("characterised <-> spice", error.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ideal/wired")]
    [InlineData("wired/mapped")]
    [InlineData("mapped-wired")]
    public void Gaps_WaiverNotNamingTwoNeighbouringLevels_ThrowsNamingIt(string pair)
    {
        var (golden, path, outputs) = Load("bcu-small");
        var waived = golden with { Indistinguishable = new Dictionary<string, string> { [pair] = "some reason" } };

        var error = Assert.Throws<InputException>(() => GoldenGuard.Gaps(waived, path, outputs));

        Assert.Equal($"indistinguishable.{pair}", error.Location.Field);
    }

    [Fact]
    public void Margin_IsGapOverBothTolerances()
    {
        var gap = new GoldenNeighbourGap("characterised", "spice", 9e-6, 1e-7, 0, 3, 1e-6, 2e-6, null);

        Assert.Equal(3, gap.Margin, 12);
        Assert.True(gap.Guarded);
        Assert.False((gap with { UpperToleranceVolts = 4e-6 }).Guarded);
        Assert.Contains("margin 3x", gap.Describe(), StringComparison.Ordinal);
    }

    private static IEnumerable<string> CaseNames() => GoldenRunner.Cases(Root).Select(c => Path.GetFileName(c));

    private static (GoldenCase Golden, string Path, GoldenOutputs Outputs) Load(string name)
    {
        var path = Path.Combine(Root, name, "case.json");
        return (GoldenCase.Read(path), path, GoldenOutputs.Read(Path.Combine(Root, name, "outputs.csv")));
    }
}

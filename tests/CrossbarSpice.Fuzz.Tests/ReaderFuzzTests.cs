using System.Text;
using CrossbarSpice.Core.Diagnostics;
using CrossbarSpice.Devices.Reading;
using CrossbarSpice.Import.Architecture;
using CrossbarSpice.Import.Data;
using CrossbarSpice.Import.Weights;
using CrossbarSpice.Netlist.Reading;
using CrossbarSpice.Tests.Shared;
using Xunit.Abstractions;

namespace CrossbarSpice.Fuzz.Tests;

/// <summary>
/// Every reader of user files on truncated, bit-flipped and field-mutated copies of the bundled examples: it reads the
/// file or refuses it with the project's exception naming the file; nothing else, no crash, no hang. Deterministic:
/// case k uses seed <see cref="FuzzSettings.Seed"/> + k; a failure names the seed to replay.
/// </summary>
public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Npz_MutatedArchivesAndEntries_ReadOrRefuseNamingTheFile() => Report(FuzzHarness.Run(
        "npz",
        FuzzSeeds.Npz,
        isText: false,
        (bytes, file) => Nothing(() => NpzReader.Read(new MemoryStream(bytes), file)),
        MutateOneEntry));

    [Fact]
    public void Npy_MutatedArraysAndHeaders_ReadOrRefuseNamingTheFile() => Report(FuzzHarness.Run(
        "npy",
        FuzzSeeds.Npy,
        isText: false,
        (bytes, file) => Nothing(() => NpyReader.Read(new MemoryStream(bytes), "tensor", new SourceLocation(file), bytes.Length)),
        MutateHeaderFields));

    [Fact]
    public void Safetensors_MutatedFiles_ReadOrRefuseNamingTheFile() => Report(FuzzHarness.Run(
        "safetensors",
        FuzzSeeds.Safetensors,
        isText: false,
        (bytes, file) => Nothing(() => SafetensorsReader.Read(bytes, file)),
        MutateHeaderFields));

    [Fact]
    public void CsvWeights_MutatedMatrices_ReadOrRefuseNamingTheFile() => Report(FuzzHarness.Run(
        "csv weights",
        FuzzSeeds.Csv,
        isText: true,
        (bytes, file) => Nothing(() => CsvMatrixReader.Read(new StringReader(Encoding.UTF8.GetString(bytes)), file, "w"))));

    [Fact]
    public void Idx_MutatedImagesAndLabels_ReadOrRefuseNamingTheFile() => Report(FuzzHarness.Run(
        "idx",
        FuzzSeeds.Idx,
        isText: false,
        (bytes, file) => Nothing(() => IdxReader.Parse(file, bytes))));

    [Fact]
    public void ArchitectureJson_MutatedFiles_ReadOrReportNamingTheFile() => Report(FuzzHarness.Run(
        "architecture json",
        FuzzSeeds.Architectures,
        isText: true,
        (bytes, file) => ArchitectureReader.Parse(Encoding.UTF8.GetString(bytes), file).Diagnostics.Select(d => d.ToString())));

    [Fact]
    public void DeviceCards_MutatedFiles_ReadOrReportNamingTheFile() => Report(FuzzHarness.Run(
        "device cards",
        FuzzSeeds.DeviceCards,
        isText: true,
        (bytes, file) => DeviceCardReader.Parse(Encoding.UTF8.GetString(bytes), file, RepositoryRoot.Combine("device-cards")).Diagnostics.Select(d => d.ToString())));

    [Fact]
    public void SpiceNetlists_MutatedDecks_ReadOrRefuseNamingTheFile() => Report(FuzzHarness.Run(
        "spice netlists",
        FuzzSeeds.Netlists,
        isText: true,
        (bytes, file) => Nothing(() => SpiceNetlistReader.Read(Encoding.UTF8.GetString(bytes), file))));

    private static IEnumerable<string> Nothing(Action read)
    {
        read();
        return [];
    }

    /// <summary>Re-zips the archive with one entry mutated (as bytes or, in its text header, field by field).</summary>
    private static byte[] MutateOneEntry(Mutator mutator, byte[] npz)
    {
        var entries = FuzzSeeds.Entries(npz);
        var index = Math.Abs(npz.Length + entries.Count) % entries.Count;
        var (name, bytes) = entries[index];
        entries[index] = (name, MutateHeaderFields(mutator, bytes));
        return FuzzSeeds.Zip(entries);
    }

    /// <summary>Mutates the numbers and words of a binary file's text header (npy dict, safetensors JSON).</summary>
    private static byte[] MutateHeaderFields(Mutator mutator, byte[] bytes)
    {
        var text = Encoding.Latin1.GetString(bytes);
        return Encoding.Latin1.GetBytes(mutator.MutateFields(text));
    }

    private void Report(string summary) => output.WriteLine(summary);
}

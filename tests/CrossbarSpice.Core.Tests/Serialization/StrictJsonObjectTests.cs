using System.Text.Json;
using CrossbarSpice.Core.Serialization;

namespace CrossbarSpice.Core.Tests.Serialization;

/// <summary>The shared strict JSON object reader: wrapping, missing, wrong and unknown fields.</summary>
public sealed class StrictJsonObjectTests
{
    [Theory]
    [InlineData("{}", '\'', "an object")]
    [InlineData("[1]", '\'', "an array")]
    [InlineData("\"x\"", '\'', "the string 'x'")]
    [InlineData("\"x\"", '"', "the string \"x\"")]
    [InlineData("1e3", '"', "the number 1e3")]
    [InlineData("false", '"', "false")]
    [InlineData("null", '"', "null")]
    public void Describe_EachKind_NamesIt(string json, char quote, string expected)
    {
        Assert.Equal(expected, JsonValueText.Describe(JsonDocument.Parse(json).RootElement, quote));
    }

    [Fact]
    public void From_NotAnObject_ReportsWrongTypeAtPath()
    {
        var reporter = new Reporter();

        Assert.Null(Probe.From(JsonDocument.Parse("\"x\"").RootElement, "$.a", reporter));
        Assert.Equal(["WrongType $.a expected an object, found the string 'x'"], reporter.Lines);
    }

    [Fact]
    public void Accessors_ReportMissingWrongAndUnknownFields()
    {
        var reporter = new Reporter();
        var probe = Probe.From(JsonDocument.Parse("""{"a": "", "b": null, "z": 1}""").RootElement, "$", reporter)!;

        Assert.Null(probe.Text("a"));
        Assert.True(probe.Has("b"));
        Assert.Null(probe.Text("c"));
        probe.Finish();

        Assert.Equal(
            ["WrongType $.a expected a non-empty string, found the string ''", "MissingField $.c required field 'c' is missing", "UnknownField $.z z not in a, b, c"],
            reporter.Lines);
    }

    [Fact]
    public void From_DuplicateKey_ReportsItOnceAtItsPath()
    {
        var reporter = new Reporter();

        var probe = Probe.From(JsonDocument.Parse("""{"a": "x", "b": 1, "a": "y", "a": "z"}""").RootElement, "$.card", reporter)!;

        Assert.Equal(["DuplicateField $.card.a duplicate key 'a': each key may appear once in an object"], reporter.Lines);
        Assert.Equal("z", probe.Text("a"));
    }

    private sealed class Reporter : IStrictJsonReporter
    {
        public List<string> Lines { get; } = [];

        public void Report(StrictJsonProblem problem, string path, string message) => Lines.Add($"{problem} {path} {message}");
    }

    private sealed class Probe : StrictJsonObject<Reporter>
    {
        private Probe(JsonElement element, string path, Reporter context)
            : base(element, path, context, '\'')
        {
        }

        public static Probe? From(JsonElement element, string path, Reporter context) => Wrap(new Probe(element, path, context));

        public string? Text(string name) => TryGetField(name, out var value) ? NonEmptyText(value, PathOf(name)) : Missing<string?>(name, null);

        protected override string UnknownFieldMessage(string name, IReadOnlyList<string> allowed) => $"{name} not in {string.Join(", ", allowed)}";
    }
}

using System.Buffers;
using System.Text;
using System.Text.Json;
using Metaheuristics.External;
using Metaheuristics.Problems;
using Metaheuristics.Spaces;

namespace Metaheuristics.Tests.External;

public sealed class JsonLinesCodecTests
{
    private static readonly ProblemSpec Constrained = new()
    {
        Name = "c",
        Space = SearchSpace.Real(2, 0, 1),
        Objectives = [ObjectiveSpec.Minimize("a"), ObjectiveSpec.Minimize("b")],
        InequalityCount = 2,
        EqualityCount = 1,
    };

    private static string Encode(Candidate candidate)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer);
        JsonLinesCodec.WriteRequest(writer, buffer, candidate);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static ParsedAnswer Parse(string line, ProblemSpec spec) => JsonLinesCodec.ParseAnswer(Encoding.UTF8.GetBytes(line), spec);

    [Test]
    public void WriteRequest_TwoRequestsInOneBuffer_TwoLines()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer);
        SearchSpace space = SearchSpace.Real(1, 0, 1);
        JsonLinesCodec.WriteRequest(writer, buffer, new Candidate(space, 1, [0.25], [], []));
        JsonLinesCodec.WriteRequest(writer, buffer, new Candidate(space, 2, [0.5], [], []));
        Assert.That(Encoding.UTF8.GetString(buffer.WrittenSpan), Is.EqualTo("{\"id\":1,\"x\":[0.25]}\n{\"id\":2,\"x\":[0.5]}\n"));
    }

    [Test]
    public void EncodeRequest_RealVector_IdAndGenesOnOneLine()
    {
        var candidate = new Candidate(SearchSpace.Real(3, -1, 1), 17, [0.5, -0.25, 0.1], [], []);
        Assert.That(Encode(candidate), Is.EqualTo("{\"id\":17,\"x\":[0.5,-0.25,0.1]}\n"));
    }

    [Test]
    public void EncodeRequest_Permutation_IntegersAsTheyAre()
    {
        var candidate = new Candidate(SearchSpace.Permutation(4), 3, [], [2, 0, 3, 1], []);
        Assert.That(Encode(candidate), Is.EqualTo("{\"id\":3,\"x\":[2,0,3,1]}\n"));
    }

    [Test]
    public void EncodeRequest_NamedParameters_DecodedValuesAndParamsByName()
    {
        SearchSpace space = SearchSpace.CreateBuilder()
            .Float("rate", 1e-4, 1e-1, log: true)
            .Int("layers", 1, 4)
            .Categorical("activation", "relu", "tanh", "gelu")
            .Bits("mask", 2)
            .Build();
        var candidate = new Candidate(space, 5, [Math.Log(0.01), 2.8, 2.2], [], [1, 0]);

        string line = Encode(candidate);

        Assert.That(line, Does.EndWith("}\n").And.Not.Contain("\n{"));
        using var json = JsonDocument.Parse(line);
        double[] x = [.. json.RootElement.GetProperty("x").EnumerateArray().Select(v => v.GetDouble())];
        Assert.That(x, Is.EqualTo(new[] { 0.01, 3, 2, 1, 0 }).Within(1e-12), "decoded values, the categorical as its index");
        JsonElement parameters = json.RootElement.GetProperty("params");
        Assert.That(parameters.GetProperty("rate").GetDouble(), Is.EqualTo(0.01).Within(1e-12));
        Assert.That(parameters.GetProperty("layers").GetRawText(), Is.EqualTo("3"), "an int parameter is written as an integer");
        Assert.That(parameters.GetProperty("activation").GetString(), Is.EqualTo("gelu"));
        Assert.That(parameters.GetProperty("mask").GetRawText(), Is.EqualTo("[1,0]"));
    }

    [Test]
    public void ParseAnswer_FullAnswer_ObjectivesThenInequalitiesThenEqualities()
    {
        ParsedAnswer answer = Parse("{\"id\": 4, \"f\": [1.5, 2], \"g\": [-1, 0.25], \"h\": [1e-3], \"wall\": {\"s\": 1}}", Constrained);
        Assert.That(answer.Id, Is.EqualTo(4));
        Assert.That(answer.Problem, Is.Null);
        Assert.That(answer.Result!.Objectives, Is.EqualTo(new[] { 1.5, 2.0 }));
        Assert.That(answer.Result.Constraints, Is.EqualTo(new[] { -1, 0.25, 1e-3 }));
    }

    [Test]
    public void ParseAnswer_ScalarObjective_Accepted()
    {
        var spec = new ProblemSpec { Name = "s", Space = SearchSpace.Real(1, 0, 1) };
        ParsedAnswer answer = Parse("{\"f\": 3.25, \"id\": 9}", spec);
        Assert.That(answer.Id, Is.EqualTo(9));
        Assert.That(answer.Result!.Objectives, Is.EqualTo(new[] { 3.25 }));
    }

    [Test]
    public void ParseAnswer_ErrorField_FailedResultWithTheMessage()
    {
        ParsedAnswer answer = Parse("{\"id\": 2, \"error\": \"solver diverged\"}", Constrained);
        Assert.That(answer.Id, Is.EqualTo(2));
        Assert.That(answer.Result!.Error, Is.EqualTo("solver diverged"));
    }

    [TestCase("not json at all", null, "not valid JSON")]
    [TestCase("[1, 2]", null, "the answer is not a JSON object")]
    [TestCase("{\"f\": [1, 2], \"g\": [0, 0], \"h\": [0]}", null, "the answer has no 'id'")]
    [TestCase("{\"id\": \"7\", \"f\": [1, 2]}", null, "'id' must be an integer")]
    [TestCase("{\"id\": 7}", 7L, "the answer has neither 'f' nor 'error'")]
    [TestCase("{\"id\": 7, \"f\": [1], \"g\": [0, 0], \"h\": [0]}", 7L, "'f' has 1 values, expected 2")]
    [TestCase("{\"id\": 7, \"f\": [1, 2], \"h\": [0]}", 7L, "'g' has 0 values, expected 2")]
    [TestCase("{\"id\": 7, \"f\": [1, 2], \"g\": [0, 0], \"h\": [0, 1]}", 7L, "'h' has 2 values, expected 1")]
    [TestCase("{\"id\": 7, \"f\": [1, \"two\"], \"g\": [0, 0], \"h\": [0]}", 7L, "a value in the answer is not a number")]
    [TestCase("{\"id\": 7, \"f\": [NaN, 2], \"g\": [0, 0], \"h\": [0]}", 7L, "NaN or Infinity")]
    public void ParseAnswer_BadLine_ProblemSaysWhyAndQuotesTheLine(string line, long? id, string reason)
    {
        ParsedAnswer answer = Parse(line, Constrained);
        Assert.That(answer.Result, Is.Null);
        Assert.That(answer.Id, Is.EqualTo(id));
        Assert.That(answer.Problem, Does.Contain(reason));
        Assert.That(answer.Problem, Does.Contain(line.Length > 100 ? line[..100] : line));
    }

    [Test]
    public void ParseAnswer_NullValue_BecomesNaNSoTheRowFailsAsNotFinite()
    {
        var spec = new ProblemSpec { Name = "s", Space = SearchSpace.Real(1, 0, 1) };
        ParsedAnswer answer = Parse("{\"id\": 1, \"f\": [null]}", spec);
        Assert.That(double.IsNaN(answer.Result!.Objectives[0]), Is.True);
    }
}

using System.Globalization;
using System.Text.Json;
using Metaheuristics.Cli.Output;

namespace Metaheuristics.Cli.Suites;

/// <summary>Reads a suite run's outcome from the result.json and history.csv that its <c>mh solve --out</c> wrote.</summary>
internal static class SuiteRunOutcomeReader
{
    public const string ResultFile = "result.json";
    public const string HistoryFile = "history.csv";

    /// <summary>The run id result.json names, or null when the file is missing, unreadable, or the run was not stored.</summary>
    public static long? TryReadRunId(string directory)
    {
        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, ResultFile)));
            return document.RootElement.TryGetProperty("runId", out JsonElement id) && id.ValueKind == JsonValueKind.Number ? id.GetInt64() : null;
        }
        catch (Exception exception) when (exception is IOException or JsonException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <exception cref="InvalidDataException">The files are missing or not what <c>mh solve</c> writes.</exception>
    public static SuiteRunOutcome Read(SuiteRunSpec run, bool reused)
    {
        string resultPath = Path.Combine(run.Directory, ResultFile);
        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllBytes(resultPath));
            JsonElement root = document.RootElement;
            var facts = new SuiteProblemFacts(
                root.GetProperty("objectives").GetInt32(),
                root.GetProperty("senses")[0].GetString() == "maximize",
                root.GetProperty("inequalities").GetInt32() + root.GetProperty("equalities").GetInt32() > 0,
                NumberOrNull(root, "knownOptimum"));
            double? best = null, hypervolume = null, igdPlus = null;
            bool feasible;
            if (facts.IsMultiObjective)
            {
                feasible = false;
                foreach (JsonElement member in root.GetProperty("front").EnumerateArray())
                {
                    feasible |= member.GetProperty("feasible").GetBoolean();
                }
                if (root.TryGetProperty("indicators", out JsonElement indicators))
                {
                    hypervolume = NumberOrNull(indicators, "hypervolume");
                    igdPlus = NumberOrNull(indicators, "igdPlus");
                }
            }
            else
            {
                JsonElement found = root.GetProperty("best");
                feasible = found.ValueKind == JsonValueKind.Object && found.GetProperty("feasible").GetBoolean();
                best = found.ValueKind == JsonValueKind.Object && found.GetProperty("f")[0].ValueKind == JsonValueKind.Number
                    ? found.GetProperty("f")[0].GetDouble()
                    : null;
            }
            long? runId = root.GetProperty("runId").ValueKind == JsonValueKind.Number ? root.GetProperty("runId").GetInt64() : null;
            return new SuiteRunOutcome(run, runId, facts, best, feasible, hypervolume, igdPlus,
                root.GetProperty("evaluations").GetInt64(), root.GetProperty("elapsedSeconds").GetDouble(),
                ReadCurve(Path.Combine(run.Directory, HistoryFile), facts), reused);
        }
        catch (Exception exception) when (exception is IOException or JsonException or KeyNotFoundException or InvalidOperationException
            or FormatException or IndexOutOfRangeException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{resultPath}: not a result mh solve wrote ({exception.Message})", exception);
        }
    }

    /// <summary>Per generation: hypervolume (multi-objective), else the gap to the known optimum, else the best value; feasible bests only.</summary>
    private static List<(double, double)> ReadCurve(string path, SuiteProblemFacts facts)
    {
        var curve = new List<(double, double)>();
        using var reader = new StreamReader(path);
        string? header = reader.ReadLine();
        if (header != HistoryCsvWriter.Header)
        {
            throw new InvalidDataException($"{path}: unexpected header");
        }
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            string[] cells = line.Split(',');
            double evaluations = double.Parse(cells[1], CultureInfo.InvariantCulture);
            if (facts.IsMultiObjective)
            {
                if (cells[7].Length > 0)
                {
                    curve.Add((evaluations, double.Parse(cells[7], CultureInfo.InvariantCulture)));
                }
            }
            else if (cells[3].Length > 0 && cells[4] is "0")
            {
                double best = double.Parse(cells[3], CultureInfo.InvariantCulture);
                curve.Add((evaluations, facts.KnownOptimum is { } optimum ? Math.Abs(best - optimum) : best));
            }
        }
        return curve;
    }

    private static double? NumberOrNull(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
}

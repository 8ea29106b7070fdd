using System.Text.Json;

namespace Metaheuristics.Cli.Tests;

/// <summary><c>mh solve --spec FILE</c>: the shipped examples run end to end; every kind of bad spec gets its own message.</summary>
public sealed class SpecFileTests
{
    private const string Command = "\"evaluator\": { \"command\": [\"python3\", \"evaluator.py\"] }";
    private const string RealSpace = "\"space\": { \"type\": \"real\", \"lower\": [0, 0], \"upper\": [1, 1] }";

    private static string Specs => Path.Combine(RepositoryRoot(), "problems", "specs");

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Metaheuristics.sln")))
            {
                return directory.FullName;
            }
        }
        throw new DirectoryNotFoundException("Metaheuristics.sln not found above the test directory.");
    }

    private static async Task<JsonElement> SolveAsync(string spec, string solver, int evaluations)
    {
        string directory = MhRunner.TemporaryDirectory();
        (int exitCode, string output, string error) = await MhRunner.RunAsync(
            "solve", "--spec", Path.Combine(Specs, spec), "--solver", solver, "--evals", evaluations.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--seed", "3", "--out", directory);
        Assert.That(exitCode, Is.Zero, error + output);
        using JsonDocument document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "result.json")));
        return document.RootElement.Clone();
    }

    [Test]
    public async Task Solve_PressureVesselSpec_ExternalPythonEvaluatorReachesTheKnownOptimum()
    {
        JsonElement result = await SolveAsync("pressure-vessel.json", "de", 20_000);

        // With 10 <= L <= 240 (the bounds of this spec) the best known design costs 5804.3762 (Coello's variant).
        Assert.That(result.GetProperty("problem").GetString(), Is.EqualTo("pressure-vessel"));
        Assert.That(result.GetProperty("failedEvaluations").GetInt64(), Is.Zero);
        JsonElement best = result.GetProperty("best");
        Assert.That(best.GetProperty("feasible").GetBoolean(), Is.True);
        Assert.That(best.GetProperty("f")[0].GetDouble(), Is.EqualTo(5804.3762).Within(0.05).Percent);
    }

    [Test]
    public async Task Solve_TinyNasSpec_MixedParametersByNameAndTheSmallestNetworkOnTheFront()
    {
        JsonElement result = await SolveAsync("tiny-nas.json", "nsga2", 3_000);

        Assert.That(result.GetProperty("failedEvaluations").GetInt64(), Is.Zero);
        JsonElement front = result.GetProperty("front");
        Assert.That(front.GetArrayLength(), Is.GreaterThanOrEqualTo(5));
        double smallest = front.EnumerateArray().Min(point => point.GetProperty("f")[1].GetDouble());
        Assert.That(smallest, Is.EqualTo(1 * 64 * 64), "one layer of width 64 is the smallest network, so it is on the front");
    }

    [TestCase("zdt1.json", "nsga2", "zdt1")]
    [TestCase("berlin52.json", "ga", "berlin52")]
    public async Task Solve_BuiltInAndTsplibSpecs_RunTheNamedProblem(string spec, string solver, string problem)
    {
        JsonElement result = await SolveAsync(spec, solver, 2_000);
        Assert.That(result.GetProperty("problem").GetString(), Is.EqualTo(problem));
        Assert.That(result.GetProperty("evaluations").GetInt64(), Is.EqualTo(2_000));
    }

    private static IEnumerable<TestCaseData> BadSpecs()
    {
        static TestCaseData Case(string name, string json, string message) => new TestCaseData(json, message).SetName($"Solve_BadSpec_{name}");

        yield return Case("NotJson", "{ \"name\": \"x\",\n  \"space\": [1,}", "line 2, column 15: not valid JSON");
        yield return Case("DuplicateField", "{ \"name\": \"a\", \"name\": \"b\", " + Command + " }", "not valid JSON (Duplicate property 'name'");
        yield return Case("UnknownTopField", "{ \"nmae\": \"x\", " + RealSpace + ", " + Command + " }", "$.nmae: unknown field; the fields here are name, space, objectives, constraints, evaluator");
        yield return Case("MissingEvaluator", "{ " + RealSpace + " }", "$.evaluator: missing");
        yield return Case("MissingSpace", "{ " + Command + " }", "$.space: missing");
        yield return Case("UnknownSpaceType", "{ \"space\": { \"type\": \"complex\" }, " + Command + " }", "$.space.type: must be one of \"real\", \"integer\", \"binary\", \"permutation\", \"mixed\", got \"complex\"");
        yield return Case("BoundNotANumber", "{ \"space\": { \"type\": \"real\", \"lower\": [0, \"ten\"], \"upper\": [1, 1] }, " + Command + " }", "$.space.lower[1]: must be a finite number, got \"ten\"");
        yield return Case("UpperBelowLower", "{ \"space\": { \"type\": \"real\", \"lower\": [0, 5], \"upper\": [1, 1] }, " + Command + " }", "$.space.upper[1]: must be at least the lower bound 5, got 1");
        yield return Case("BoundLengthsDiffer", "{ \"space\": { \"type\": \"real\", \"lower\": [0, 0], \"upper\": [1, 1, 1] }, " + Command + " }", "$.space.upper: must have as many values as lower (2)");
        yield return Case("DimensionMismatch", "{ \"space\": { \"type\": \"real\", \"dimension\": 3, \"lower\": [0, 0], \"upper\": 1 }, " + Command + " }", "$.space.lower: must have 3 values (the dimension), got [0, 0]");
        yield return Case("ScalarBoundsWithoutDimension", "{ \"space\": { \"type\": \"real\", \"lower\": 0, \"upper\": 1 }, " + Command + " }", "$.space.lower: must be an array of bounds, or give \"dimension\" with scalar bounds, got 0");
        yield return Case("IntegerWithoutDimension", "{ \"space\": { \"type\": \"integer\", \"lower\": 0, \"upper\": 9 }, " + Command + " }", "$.space.dimension: missing");
        yield return Case("BinaryLengthZero", "{ \"space\": { \"type\": \"binary\", \"length\": 0 }, " + Command + " }", "$.space.length: must be at least 1, got 0");
        yield return Case("PermutationSizeNotInteger", "{ \"space\": { \"type\": \"permutation\", \"size\": \"ten\" }, " + Command + " }", "$.space.size: must be a whole number, got \"ten\"");
        yield return Case("FieldOfAnotherSpaceType", "{ \"space\": { \"type\": \"binary\", \"length\": 8, \"size\": 8 }, " + Command + " }", "$.space.size: unknown field; the fields here are type, length");
        yield return Case("LogFloatNotPositive", "{ \"space\": { \"type\": \"mixed\", \"parameters\": [ { \"name\": \"lr\", \"type\": \"float\", \"lower\": 0, \"upper\": 1, \"log\": true } ] }, " + Command + " }", "$.space.parameters[0].lower: must be positive for a log-scaled parameter, got 0");
        yield return Case("DuplicateParameterName", "{ \"space\": { \"type\": \"mixed\", \"parameters\": [ { \"name\": \"a\", \"type\": \"int\", \"lower\": 0, \"upper\": 3 }, { \"name\": \"a\", \"type\": \"int\", \"lower\": 0, \"upper\": 3 } ] }, " + Command + " }", "$.space.parameters[1].name: repeats another parameter's name, got \"a\"");
        yield return Case("NoChoices", "{ \"space\": { \"type\": \"mixed\", \"parameters\": [ { \"name\": \"act\", \"type\": \"categorical\", \"choices\": [] } ] }, " + Command + " }", "$.space.parameters[0].choices: must not be empty, got []");
        yield return Case("UnknownParameterField", "{ \"space\": { \"type\": \"mixed\", \"parameters\": [ { \"name\": \"n\", \"type\": \"int\", \"lower\": 0, \"upper\": 3, \"step\": 2 } ] }, " + Command + " }", "$.space.parameters[0].step: unknown field");
        yield return Case("BadSense", "{ " + RealSpace + ", \"objectives\": [ { \"name\": \"cost\", \"sense\": \"minimise\" } ], " + Command + " }", "$.objectives[0].sense: must be one of \"minimize\", \"maximize\", got \"minimise\"");
        yield return Case("NoObjectives", "{ " + RealSpace + ", \"objectives\": [], " + Command + " }", "$.objectives: must not be empty, got []");
        yield return Case("NegativeConstraintCount", "{ " + RealSpace + ", \"constraints\": { \"inequalities\": -1 }, " + Command + " }", "$.constraints.inequalities: must be at least 0, got -1");
        yield return Case("TwoEvaluators", "{ " + RealSpace + ", \"evaluator\": { \"command\": [\"x\"], \"problem\": \"sphere\" } }", "$.evaluator: must have exactly one of \"command\"");
        yield return Case("EmptyCommand", "{ " + RealSpace + ", \"evaluator\": { \"command\": [] } }", "$.evaluator.command: must not be empty, got []");
        yield return Case("ZeroWorkers", "{ " + RealSpace + ", \"evaluator\": { \"command\": [\"python3\"], \"workers\": 0 } }", "$.evaluator.workers: must be at least 1, got 0");
        yield return Case("NegativeTimeout", "{ " + RealSpace + ", \"evaluator\": { \"command\": [\"python3\"], \"timeoutSeconds\": -5 } }", "$.evaluator.timeoutSeconds: must be a positive number of seconds, got -5");
        yield return Case("EnvNotAnObject", "{ " + RealSpace + ", \"evaluator\": { \"command\": [\"python3\"], \"env\": [\"A=1\"] } }", "$.evaluator.env: must be an object of NAME: \"value\" pairs");
        yield return Case("ProgramNotFound", "{ " + RealSpace + ", \"evaluator\": { \"command\": [\"no-such-evaluator-program\"] } }", "$.evaluator.command: could not start the evaluator 'no-such-evaluator-program'");
        yield return Case("UnknownBuiltIn", "{ \"evaluator\": { \"problem\": \"zdt9\" } }", "$.evaluator.problem: is not a built-in problem id (see 'mh list problems'; use \"tsplib\" for a .tsp file), got \"zdt9\"");
        yield return Case("BuiltInWithSpace", "{ " + RealSpace + ", \"evaluator\": { \"problem\": \"sphere\" } }", "$.space: the built-in problem defines its own space; remove this field");
        yield return Case("BuiltInWithWorkers", "{ \"evaluator\": { \"problem\": \"sphere\", \"workers\": 2 } }", "$.evaluator.workers: does not apply for a built-in problem, got 2");
        yield return Case("BuiltInBadDimension", "{ \"evaluator\": { \"problem\": \"zdt1\", \"dimension\": 1 } }", "$.evaluator.dimension: zdt1 needs at least 2 variables");
        yield return Case("TsplibFileMissing", "{ \"evaluator\": { \"tsplib\": \"nowhere/missing.tsp\" } }", "$.evaluator.tsplib: no such file");
    }

    [TestCaseSource(nameof(BadSpecs))]
    public async Task Solve_BadSpec_ExitCodeTwoWithFileFieldPathAndValue(string json, string message)
    {
        string directory = MhRunner.TemporaryDirectory();
        string path = Path.Combine(directory, "spec.json");
        await File.WriteAllTextAsync(path, json);

        (int exitCode, string output, string error) = await MhRunner.RunAsync("solve", "--spec", path, "--evals", "10");

        Assert.That(exitCode, Is.EqualTo(2), output);
        Assert.That(error, Does.StartWith($"error: --spec: {path}: "));
        Assert.That(error, Does.Contain(message));
    }

    [Test]
    public async Task Solve_CtrlCWhileWorkersHang_StopsPromptlyWritesTheResultAndKillsTheWorkers()
    {
        Assume.That(OperatingSystem.IsLinux(), Is.True, "the check for leftover workers reads /proc");
        string directory = MhRunner.TemporaryDirectory();
        string evaluator = Path.Combine(RepositoryRoot(), "tests", "Metaheuristics.Tests", "External", "Evaluators", "faulty.py");
        string spec = Path.Combine(directory, "hang.json");
        // Every candidate with x0 > 0.5 hangs: the run soon has every worker stuck.
        await File.WriteAllTextAsync(spec, "{ \"space\": { \"type\": \"real\", \"lower\": [0, 0], \"upper\": [1, 1] }, " +
            $"\"evaluator\": {{ \"command\": [\"python3\", {JsonSerializer.Serialize(evaluator)}, \"hang\", \"0.5\"], \"workers\": 2 }} }}");
        using var ctrlC = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        (int exitCode, string output, string error) = await MhRunner.RunAsync(
            ["solve", "--spec", spec, "--evals", "100000", "--out", directory, "--quiet"], ctrlC.Token);

        Assert.That(exitCode, Is.EqualTo(1), error + output);
        Assert.That(output, Does.Contain("(cancelled)"));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)), "Ctrl-C does not wait for hung workers");
        using JsonDocument result = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "result.json")));
        Assert.That(result.RootElement.GetProperty("terminationReason").GetString(), Is.EqualTo("cancelled"));
        Assert.That(StillRunning(evaluator), Is.Empty, "the worker processes were killed");
    }

    private static List<int> StillRunning(string script)
    {
        var running = new List<int>();
        foreach (string folder in Directory.GetDirectories("/proc"))
        {
            string commandLine = Path.Combine(folder, "cmdline");
            try
            {
                // Only this test process's children: the engine tests, run at the same time, start the same script.
                if (int.TryParse(Path.GetFileName(folder), out int pid) && File.ReadAllText(commandLine).Contains(script + "\0hang", StringComparison.Ordinal)
                    && ParentOf(folder) == Environment.ProcessId)
                {
                    running.Add(pid);
                }
            }
            catch (IOException)
            {
                // The process ended while we looked.
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours.
            }
        }
        return running;
    }

    private static int ParentOf(string procFolder)
    {
        foreach (string line in File.ReadLines(Path.Combine(procFolder, "status")))
        {
            if (line.StartsWith("PPid:", StringComparison.Ordinal))
            {
                return int.Parse(line["PPid:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return -1;
    }

    [Test]
    public async Task Solve_SpecAndProblemTogether_UsageError()
    {
        (int exitCode, _, string error) = await MhRunner.RunAsync("solve", "--spec", Path.Combine(Specs, "zdt1.json"), "--problem", "zdt1");
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--problem: give either --problem ID or --spec FILE (exactly one)."));
    }

    [Test]
    public async Task Solve_SpecWithDimension_UsageErrorNamesTheOption()
    {
        (int exitCode, _, string error) = await MhRunner.RunAsync("solve", "--spec", Path.Combine(Specs, "zdt1.json"), "--dim", "5");
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--dim: does not apply with --spec"));
    }
}

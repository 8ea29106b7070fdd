using System.Text.Json;
using System.Text.Json.Nodes;

namespace Metaheuristics.Cli.Tests;

public sealed class RunsCommandTests
{
    private static string WithoutTiming(string path)
    {
        JsonObject node = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        node.Remove("elapsedSeconds");
        return node.ToJsonString();
    }

    [Test]
    public async Task RunsList_Json_ListsEveryRunWithItsFields()
    {
        string directory = MhRunner.TemporaryDirectory();
        Assert.That((await MhRunner.RunInAsync(directory, ["solve", "--problem", "zdt1", "--solver", "nsga2", "--evals", "2000", "--seed", "3"])).ExitCode, Is.Zero);
        Assert.That((await MhRunner.RunInAsync(directory, ["solve", "--problem", "sphere", "--dim", "4", "--solver", "ga", "--evals", "1000"])).ExitCode, Is.Zero);

        (int exitCode, string output, _) = await MhRunner.RunInAsync(directory, ["runs", "list", "--json"]);

        Assert.That(exitCode, Is.Zero);
        JsonArray runs = JsonNode.Parse(output)!.AsArray();
        Assert.That(runs, Has.Count.EqualTo(2));
        Assert.Multiple(() =>
        {
            Assert.That(runs.Select(r => r!["id"]!.GetValue<long>()), Is.EqualTo(new long[] { 1, 2 }));
            Assert.That(runs.Select(r => r!["problem"]!.GetValue<string>()), Is.EqualTo(new[] { "zdt1", "sphere" }));
            Assert.That(runs.Select(r => r!["solver"]!.GetValue<string>()), Is.EqualTo(new[] { "nsga2", "ga" }));
            Assert.That(runs.Select(r => r!["seed"]!.GetValue<ulong>()), Is.EqualTo(new ulong[] { 3, 42 }));
            Assert.That(runs.Select(r => r!["status"]!.GetValue<string>()), Is.All.EqualTo("completed"));
            Assert.That(runs.Select(r => r!["evaluations"]!.GetValue<long>()), Is.EqualTo(new long[] { 2000, 1000 }));
            Assert.That(runs[0]!["hypervolume"]!.GetValue<double>(), Is.GreaterThan(0));
            Assert.That(runs[1]!["bestObjective"]!.GetValue<double>(), Is.GreaterThanOrEqualTo(0));
        });

        (exitCode, output, _) = await MhRunner.RunInAsync(directory, ["runs", "list"]);
        Assert.That(exitCode, Is.Zero);
        Assert.That(output.Split('\n')[1], Does.Match(@"^\s+1\s+zdt1\s+nsga2\s+3\s+completed\s+2,000\s+HV 0\.\d+"));
    }

    [Test]
    public async Task RunsShow_PrintsSettingsStatusAndLastGenerations()
    {
        string directory = MhRunner.TemporaryDirectory();
        await MhRunner.RunInAsync(directory, ["solve", "--problem", "rastrigin", "--dim", "5", "--solver", "ga", "--evals", "3000", "--set", "pc=0.8"]);

        (int exitCode, string output, _) = await MhRunner.RunInAsync(directory, ["runs", "show", "1"]);

        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("settings     mh solve --problem rastrigin --dim 5 --solver ga --evals 3000 --set pc=0.8"));
        Assert.That(output, Does.Contain("status       completed (maxEvaluations)"));
        Assert.That(output, Does.Contain("3,000 evaluations, 30 generations, 3 checkpoints"));
        Assert.That(output, Does.Match(@"\n\s+30\s+3,000\s"));
    }

    [TestCase("nsga2", "zdt1")]
    [TestCase("ga", "berlin52")]
    [TestCase("de", "cec2006-g06")]
    public async Task RunsExport_WritesTheFilesTheSolveWrote(string solver, string problem)
    {
        string directory = MhRunner.TemporaryDirectory();
        string solved = Path.Combine(directory, "solved"), exported = Path.Combine(directory, "exported");
        (int exitCode, _, string error) = await MhRunner.RunInAsync(directory,
            ["solve", "--problem", problem, "--solver", solver, "--evals", "4000", "--out", solved, "--no-plots", "--record-evaluations"]);
        Assert.That(exitCode, Is.Zero, error);

        (exitCode, string output, error) = await MhRunner.RunInAsync(directory, ["runs", "export", "1", "--out", exported]);

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(output, Does.Contain("4,000 evaluations"));
        Assert.That(WithoutTiming(Path.Combine(exported, "result.json")), Is.EqualTo(WithoutTiming(Path.Combine(solved, "result.json"))));
        if (File.Exists(Path.Combine(solved, "front.csv")))
        {
            Assert.That(File.ReadAllText(Path.Combine(exported, "front.csv")), Is.EqualTo(File.ReadAllText(Path.Combine(solved, "front.csv"))));
        }
        Assert.That(Directory.GetFiles(exported, "convergence.png"), Has.Length.EqualTo(1), "export draws the plots");
        string[] evaluations = File.ReadAllLines(Path.Combine(exported, "evaluations.csv"));
        Assert.That(evaluations, Has.Length.EqualTo(4001), "a header and one row per evaluation");
        Assert.That(evaluations[1], Does.StartWith("0,0,evaluated,"));
    }

    [Test]
    public async Task RunsExport_RecordedEvaluations_MatchTheObjectiveAtTheirGenes()
    {
        string directory = MhRunner.TemporaryDirectory();
        await MhRunner.RunInAsync(directory, ["solve", "--problem", "sphere", "--dim", "3", "--solver", "pso", "--evals", "500", "--record-evaluations"]);

        (int exitCode, _, string error) = await MhRunner.RunInAsync(directory, ["runs", "export", "1", "--out", Path.Combine(directory, "out"), "--no-plots"]);

        Assert.That(exitCode, Is.Zero, error);
        string[] lines = File.ReadAllLines(Path.Combine(directory, "out", "evaluations.csv"));
        Assert.That(lines[0], Is.EqualTo("id,batch,status,x1,x2,x3,f,violation,batchSeconds,message"));
        foreach (string line in lines.Skip(1))
        {
            double[] v = line.Split(',')[3..7].Select(t => double.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Assert.That(v[3], Is.EqualTo(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]).Within(1e-12), line);
        }
    }

    [Test]
    public async Task RunsResume_AfterCtrlC_FinishesAsTheUninterruptedRun()
    {
        string[] run = ["solve", "--problem", "rastrigin", "--dim", "30", "--solver", "ga", "--evals", "2000000", "--seed", "4", "--quiet", "--no-plots"];
        string directory = MhRunner.TemporaryDirectory();
        string expected = Path.Combine(directory, "expected"), resumed = Path.Combine(directory, "resumed");
        Assert.That((await MhRunner.RunAsync([.. run, "--no-store", "--out", expected])).ExitCode, Is.Zero);

        using var ctrlC = new CancellationTokenSource(TimeSpan.FromMilliseconds(400));
        (int exitCode, string output, _) = await MhRunner.RunInAsync(directory, run, ctrlC.Token);
        Assert.That(exitCode, Is.EqualTo(1), "a cancelled solve exits 1");
        Assert.That(output, Does.Contain("(resume: mh runs resume 1)"));

        (exitCode, output, string error) = await MhRunner.RunInAsync(directory, ["runs", "resume", "1", "--out", resumed, "--quiet"]);

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(output, Does.Contain("resumed: "));
        Assert.That(WithoutTiming(Path.Combine(resumed, "result.json")), Is.EqualTo(WithoutTiming(Path.Combine(expected, "result.json")).Replace("\"runId\":null", "\"runId\":1")));
    }

    [Test]
    public async Task RunsResume_CompletedRun_IsRefusedPointingToExport()
    {
        string directory = MhRunner.TemporaryDirectory();
        await MhRunner.RunInAsync(directory, ["solve", "--problem", "sphere", "--evals", "500"]);

        (int exitCode, _, string error) = await MhRunner.RunInAsync(directory, ["runs", "resume", "1"]);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error.TrimEnd(), Is.EqualTo("error: run: run 1 has completed (MaxEvaluations); there is nothing to resume. 'mh runs export 1 --out DIR' writes its files."));
    }

    [Test]
    public async Task Solve_NoStore_WritesNoDatabase()
    {
        string directory = MhRunner.TemporaryDirectory();
        (int exitCode, string output, _) = await MhRunner.RunInAsync(directory, ["solve", "--problem", "sphere", "--evals", "500", "--no-store"]);
        Assert.That(exitCode, Is.Zero);
        Assert.That(File.Exists(Path.Combine(directory, "mh-runs.db")), Is.False);
        Assert.That(output, Does.Not.Contain("recorded as run"));
    }

    [Test]
    public async Task Solve_CorruptStore_WarnsAndStillSolves_OrStopsWhenAsked()
    {
        string directory = MhRunner.TemporaryDirectory();
        string store = Path.Combine(directory, "mh-runs.db");
        await File.WriteAllTextAsync(store, "this is not a database, but somebody's notes; they must survive");

        (int exitCode, string output, string error) = await MhRunner.RunInAsync(directory, ["solve", "--problem", "sphere", "--evals", "500", "--out", "out"]);
        Assert.That(exitCode, Is.Zero);
        Assert.That(error, Does.StartWith($"warning: this run is not recorded: Run store '{store}': is not an SQLite database"));
        Assert.That(output, Does.Contain("random on sphere: 500 evaluations"));

        (exitCode, _, error) = await MhRunner.RunInAsync(directory, ["solve", "--problem", "sphere", "--evals", "500", "--stop-on-store-failure"]);
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error.TrimEnd(), Is.EqualTo($"error: --store: Run store '{store}': is not an SQLite database (a corrupt or foreign file)."));
        Assert.That(await File.ReadAllTextAsync(store), Does.StartWith("this is not a database"));
    }

    [TestCase(new[] { "solve", "--problem", "sphere", "--no-store", "--store", "x.db" }, "error: --no-store: cannot be given with --store.")]
    [TestCase(new[] { "solve", "--problem", "sphere", "--no-store", "--record-evaluations" }, "error: --record-evaluations: needs a store: drop --no-store.")]
    [TestCase(new[] { "solve", "--problem", "sphere", "--checkpoint-every", "0" }, "error: --checkpoint-every: must be positive, got 0.")]
    [TestCase(new[] { "solve", "--problem", "sphere", "--checkpoint-seconds", "-2" }, "error: --checkpoint-seconds: must be positive, got -2.")]
    [TestCase(new[] { "runs", "list", "--store", "missing.db" }, "error: --store: Run store '{dir}/missing.db': does not exist.")]
    [TestCase(new[] { "runs", "show", "7" }, "error: run: {dir}/mh-runs.db has no run 7 (see 'mh runs list').")]
    [TestCase(new[] { "runs", "resume", "7" }, "error: run: {dir}/mh-runs.db has no run 7 (see 'mh runs list').")]
    [TestCase(new[] { "runs", "export", "1" }, "error: Option '--out' is required.")]
    public async Task Runs_BadInput_OneLineErrorAndExitCode2(string[] args, string expected)
    {
        string directory = MhRunner.TemporaryDirectory();
        if (args[0] == "runs")
        {
            await MhRunner.RunInAsync(directory, ["solve", "--problem", "sphere", "--evals", "100"]);
        }
        string[] resolved = args.Select(a => a == "missing.db" ? Path.Combine(directory, a) : a).ToArray();

        (int exitCode, _, string error) = await MhRunner.RunInAsync(directory, resolved);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error.TrimEnd(), Is.EqualTo(expected.Replace("{dir}", directory, StringComparison.Ordinal)));
    }
}

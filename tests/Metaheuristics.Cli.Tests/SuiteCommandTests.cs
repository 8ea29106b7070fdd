using System.Globalization;

namespace Metaheuristics.Cli.Tests;

public sealed class SuiteCommandTests
{
    private static readonly string[] TinyZdt1 =
        ["suite", "--problems", "zdt1", "--solvers", "nsga2,random", "--seeds", "5", "--evals", "3000", "--pop", "40", "--quiet"];

    /// <summary>results.csv without its timing column, which is the only part that differs between equal runs.</summary>
    private static string[] ResultsWithoutTiming(string directory) =>
        [.. File.ReadAllLines(Path.Combine(directory, "results.csv")).Select(line => line[..line.LastIndexOf(',')])];

    private static List<Dictionary<string, string>> Csv(string path)
    {
        string[] lines = File.ReadAllLines(path);
        string[] header = lines[0].Split(',');
        return [.. lines.Skip(1).Select(line => header.Zip(line.Split(',')).ToDictionary(pair => pair.First, pair => pair.Second))];
    }

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [Test]
    public async Task Suite_TinyMultiObjectiveSuite_ReportHoldsTheExpectedRowsAndMarks()
    {
        string directory = MhRunner.TemporaryDirectory();

        (int exitCode, string output, string error) = await MhRunner.RunInAsync(directory, [.. TinyZdt1, "--out", "out"]);

        Assert.That(exitCode, Is.Zero, error);
        string outDirectory = Path.Combine(directory, "out");
        List<Dictionary<string, string>> results = Csv(Path.Combine(outDirectory, "results.csv"));
        Assert.That(results.Select(r => (r["problem"], r["solver"], r["measure"])), Is.EqualTo(new[]
        {
            ("zdt1", "nsga2", "hypervolume"), ("zdt1", "random", "hypervolume"), ("zdt1", "nsga2", "igdPlus"), ("zdt1", "random", "igdPlus"),
        }));
        Dictionary<string, string> nsga2 = results[0], random = results[1];
        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r["runs"]), Is.All.EqualTo("5"));
            Assert.That(nsga2["comparison"], Is.EqualTo("reference"));
            Assert.That(nsga2["pValue"], Is.Empty);
            // Every NSGA-II run beats every random run. Random search's five fronts all miss the reference box (hypervolume
            // 0, tied), so the test takes the normal approximation: z = (0 − 12.5 + 0.5) / √(25/12 · (11 − 120/90)), p = 0.0074950.
            Assert.That(Number(nsga2["worst"]), Is.GreaterThan(Number(random["best"])));
            Assert.That(Number(random["best"]), Is.Zero);
            Assert.That(Number(random["pValue"]), Is.EqualTo(0.0074949575).Within(1e-9));
            Assert.That(random["comparison"], Is.EqualTo("-"), "lower hypervolume is worse");
            Assert.That(results[3]["comparison"], Is.EqualTo("-"), "higher IGD+ is worse");
            // IGD+ has no ties: the exact test, and complete separation is the most significant 5-vs-5 outcome, p = 2 / C(10, 5).
            Assert.That(Number(results[3]["pValue"]), Is.EqualTo(2.0 / 252).Within(1e-12));
        });

        // The summary rows agree with the per-run rows they summarize.
        List<Dictionary<string, string>> runs = Csv(Path.Combine(outDirectory, "runs.csv"));
        Assert.That(runs, Has.Count.EqualTo(10));
        double[] volumes = [.. runs.Where(r => r["solver"] == "nsga2").Select(r => Number(r["hypervolume"])).Order()];
        Assert.That(runs.Where(r => r["solver"] == "nsga2").Select(r => r["seed"]), Is.EquivalentTo(new[] { "1", "2", "3", "4", "5" }));
        Assert.That(Number(nsga2["median"]), Is.EqualTo(volumes[2]));
        Assert.That(Number(nsga2["best"]), Is.EqualTo(volumes[4]));
        Assert.That(Number(nsga2["worst"]), Is.EqualTo(volumes[0]));
        Assert.That(Number(nsga2["iqr"]), Is.EqualTo(volumes[3] - volumes[1]).Within(1e-15), "type 7 quartiles of 5 values are the 2nd and 4th");

        string report = File.ReadAllText(Path.Combine(outDirectory, "report.md"));
        Assert.That(report, Does.Contain("## zdt1"));
        Assert.That(report, Does.Contain("| hypervolume | nsga2 | " + Number(nsga2["median"]).ToString("G6", CultureInfo.InvariantCulture) + " |"));
        Assert.That(report, Does.Match(@"\| hypervolume \| random \| 0 \|.*\| − \|"));
        Assert.That(report, Does.Match(@"\| IGD\+ \| random \|.*\| − \|"));
        Assert.That(report, Does.Contain("| random | 0 | 2 | 0 |"), "the tally: worse on both measures");
        Assert.That(File.Exists(Path.Combine(outDirectory, "plots", "zdt1-box.png")), Is.True);
        Assert.That(File.Exists(Path.Combine(outDirectory, "plots", "zdt1-convergence.png")), Is.True);
        Assert.That(File.Exists(Path.Combine(outDirectory, "runs", "zdt1", "random", "seed-3", "result.json")), Is.True);
        Assert.That(output, Does.Contain("random").And.Contain("− vs nsga2"));
    }

    [Test]
    public async Task Suite_RunAgain_TakesEveryRunFromTheStoreAndReplaysLostFiles()
    {
        string directory = MhRunner.TemporaryDirectory();
        Assert.That((await MhRunner.RunInAsync(directory, [.. TinyZdt1, "--out", "out", "--no-plots"])).ExitCode, Is.Zero);
        string outDirectory = Path.Combine(directory, "out");
        string[] first = ResultsWithoutTiming(outDirectory);
        Directory.Delete(Path.Combine(outDirectory, "runs", "zdt1", "nsga2", "seed-2"), recursive: true);

        (int exitCode, _, string error) = await MhRunner.RunInAsync(directory, [.. TinyZdt1, "--out", "out", "--no-plots"]);

        Assert.That(exitCode, Is.Zero, error);
        Assert.That(ResultsWithoutTiming(outDirectory), Is.EqualTo(first));
        List<Dictionary<string, string>> runs = Csv(Path.Combine(outDirectory, "runs.csv"));
        Assert.That(runs.Count(r => r["reused"] == "true"), Is.EqualTo(9), "all but the run whose files were deleted");
        Assert.That(runs.Select(r => r["runId"]).Distinct().Count(), Is.EqualTo(10), "the lost run was replayed from its stored journal, not run anew");
        Assert.That(File.ReadAllText(Path.Combine(outDirectory, "report.md")), Does.Contain("9 of 10 runs were already in the store"));
    }

    [Test]
    public async Task Suite_OneRunAtATime_SameResultsAsRunsInParallel()
    {
        string directory = MhRunner.TemporaryDirectory();

        Assert.That((await MhRunner.RunInAsync(directory, [.. TinyZdt1, "--out", "parallel", "--parallel-runs", "2", "--no-plots"])).ExitCode, Is.Zero);
        Assert.That((await MhRunner.RunInAsync(directory, [.. TinyZdt1, "--out", "serial", "--parallel-runs", "1", "--no-plots"])).ExitCode, Is.Zero);

        Assert.That(ResultsWithoutTiming(Path.Combine(directory, "serial")), Is.EqualTo(ResultsWithoutTiming(Path.Combine(directory, "parallel"))));
    }

    [Test]
    public async Task Suite_ConstrainedProblem_CountsFeasibleRunsAndReportsTheErrorToTheOptimum()
    {
        string directory = MhRunner.TemporaryDirectory();

        (int exitCode, _, string error) = await MhRunner.RunInAsync(directory,
            ["suite", "--problems", "cec2006-g08", "--solvers", "de,random", "--seeds", "3", "--evals", "3000", "--out", "out", "--quiet", "--no-plots"]);

        Assert.That(exitCode, Is.Zero, error);
        List<Dictionary<string, string>> results = Csv(Path.Combine(directory, "out", "results.csv"));
        Assert.That(results.Select(r => (r["solver"], r["measure"])), Is.EqualTo(new[] { ("de", "best"), ("random", "best"), ("de", "error"), ("random", "error") }));
        foreach (Dictionary<string, string> row in results)
        {
            Assert.That(int.Parse(row["feasibleRuns"], CultureInfo.InvariantCulture), Is.InRange(0, 3));
            Assert.That(row["validRuns"], Is.EqualTo(row["feasibleRuns"]), "only feasible runs count");
        }
        Dictionary<string, string> deError = results[2];
        Assert.That(deError["feasibleRuns"], Is.EqualTo("3"), "g08's feasible region is easy to find");
        Assert.That(Number(deError["median"]), Is.GreaterThanOrEqualTo(0).And.LessThan(0.01), "gap to f* = -0.095825 after 3,000 evaluations");
        string report = File.ReadAllText(Path.Combine(directory, "out", "report.md"));
        Assert.That(report, Does.Contain("| feasible |").And.Contain("| error to f* | de |").And.Contain("3/3"));
    }

    [Test]
    public async Task Suite_NamedSuiteNarrowedToOneProblem_TakesTheSuitesSolversAndPopulation()
    {
        string directory = MhRunner.TemporaryDirectory();

        (int exitCode, _, string error) = await MhRunner.RunInAsync(directory,
            ["suite", "--suite", "zdt", "--problems", "zdt4", "--seeds", "2", "--evals", "1000", "--out", "out", "--quiet", "--no-plots"]);

        Assert.That(exitCode, Is.Zero, error);
        List<Dictionary<string, string>> runs = Csv(Path.Combine(directory, "out", "runs.csv"));
        Assert.That(runs.Select(r => (r["problem"], r["solver"], r["seed"])), Is.EqualTo(new[]
        {
            ("zdt4", "nsga2", "1"), ("zdt4", "nsga2", "2"), ("zdt4", "random", "1"), ("zdt4", "random", "2"),
        }));
        string result = File.ReadAllText(Path.Combine(directory, "out", "runs", "zdt4", "nsga2", "seed-1", "result.json"));
        Assert.That(result, Does.Contain("\"generations\": 10"), "population 100: 1,000 evaluations are 10 generations");
    }

    [Test]
    public async Task Suite_SolverVariants_RunWithTheirOptionsUnderTheirOwnLabels()
    {
        string directory = MhRunner.TemporaryDirectory();

        (int exitCode, _, string error) = await MhRunner.RunInAsync(directory,
            ["suite", "--problems", "sphere", "--dim", "5", "--solvers", "ga,ga:crossover=blx:pm=0.5", "--seeds", "2", "--evals", "1000",
             "--out", "out", "--quiet", "--no-plots"]);

        Assert.That(exitCode, Is.Zero, error);
        List<Dictionary<string, string>> runs = Csv(Path.Combine(directory, "out", "runs.csv"));
        Assert.That(runs.Select(r => r["solver"]).Distinct(), Is.EqualTo(new[] { "ga", "ga:crossover=blx:pm=0.5" }));
        string variant = File.ReadAllText(Path.Combine(directory, "out", "runs", "sphere", "ga_crossover_blx_pm_0.5", "seed-1", "result.json"));
        Assert.That(variant, Does.Contain("\"solver\": \"ga\""));
        Assert.That(runs[2]["best"], Is.Not.EqualTo(runs[0]["best"]), "seed 1 of the variant differs from seed 1 of plain ga: its options took effect");
    }

    [Test]
    public async Task ListSuites_NamesEverySuite()
    {
        (int exitCode, string output, _) = await MhRunner.RunAsync("list", "suites");

        Assert.That(exitCode, Is.Zero);
        foreach (string id in new[] { "zdt", "dtlz", "classic30", "cec2006", "tsplib" })
        {
            Assert.That(output, Does.Match($"(?m)^{id} "));
        }
    }

    [TestCase(new[] { "suite", "--solvers", "ga" }, "--suite: give a named suite")]
    [TestCase(new[] { "suite", "--suite", "nope" }, "--suite: unknown suite 'nope'")]
    [TestCase(new[] { "suite", "--problems", "zdt1,nope", "--solvers", "nsga2" }, "--problems: nope")]
    [TestCase(new[] { "suite", "--problems", "zdt1", "--solvers", "nsga2,nope" }, "--solver")]
    [TestCase(new[] { "suite", "--problems", "zdt1", "--solvers", "nsga2,nsga2" }, "--solvers: names a solver twice")]
    [TestCase(new[] { "suite", "--problems", "zdt1" }, "--solvers: give the solvers")]
    [TestCase(new[] { "suite", "--problems", "sphere", "--solvers", "ga,ga:pm" }, "--solvers: 'ga:pm': 'pm' is not key=value")]
    [TestCase(new[] { "suite", "--suite", "zdt", "--seeds", "0" }, "--seeds: must be positive")]
    [TestCase(new[] { "suite", "--suite", "zdt", "--evals", "-5" }, "--evals: must be positive")]
    [TestCase(new[] { "suite", "--suite", "zdt", "--parallel-runs", "0" }, "--parallel-runs: must be positive")]
    public async Task Suite_BadInput_FailsFastNamingTheOption(string[] args, string expected)
    {
        (int exitCode, _, string error) = await MhRunner.RunAsync([.. args, "--quiet"]);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain(expected));
    }

    [Test]
    public async Task Suite_SolverThatRefusesAProblem_StopsWithAnErrorNamingTheRun()
    {
        string directory = MhRunner.TemporaryDirectory();

        (int exitCode, _, string error) = await MhRunner.RunInAsync(directory,
            ["suite", "--problems", "berlin52", "--solvers", "ga,pso", "--seeds", "2", "--evals", "500", "--out", "out", "--quiet", "--no-plots"]);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.Contain("--solver:").And.Contain("(run berlin52 pso seed 1)"));
        Assert.That(error, Does.Not.Contain("(Parameter"));
        // Every pair is checked before any run starts, so not even the GA's runs were begun.
        (int listCode, string list, string listError) = await MhRunner.RunInAsync(directory, ["runs", "list", "--json", "--store", "out/mh-runs.db"]);
        Assert.That(listCode, Is.Zero, listError);
        Assert.That(list.Trim(), Is.EqualTo("[]"));
    }
}

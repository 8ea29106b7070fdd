using System.Text.Json;
using System.Text.Json.Nodes;

namespace Metaheuristics.Cli.Tests;

public sealed class SolveCommandTests
{
    private static string WithoutTiming(string json)
    {
        JsonObject node = JsonNode.Parse(json)!.AsObject();
        Assert.That(node.Remove("elapsedSeconds"), Is.True, "result.json must report elapsedSeconds");
        return node.ToJsonString();
    }

    [TestCase("random", "rastrigin", "--dim", "10")]
    [TestCase("random", "zdt1")]
    [TestCase("random", "berlin52")]
    [TestCase("ga", "rastrigin", "--dim", "10")]
    [TestCase("ga", "berlin52", "--set", "crossover=pmx", "--set", "mutation=swap")]
    [TestCase("ga", "eil51", "--set", "crossover=inver-over", "--set", "random-edge=0.05", "--set", "replacement=mu-plus-lambda")]
    [TestCase("ga", "rastrigin", "--dim", "4", "--set", "replacement=parent-child", "--set", "offspring=10")]
    [TestCase("ga", "ackley", "--dim", "6", "--set", "clones=remutate")]
    [TestCase("ga", "schwefel", "--dim", "5", "--set", "selection=sus", "--set", "replacement=generational", "--set", "elites=3")]
    [TestCase("sa", "berlin52", "--set", "chains=4", "--set", "moves=2-opt,swap", "--set", "cooling=geometric")]
    [TestCase("sa", "ackley", "--dim", "8", "--set", "chains=3", "--set", "restart-interval=50", "--set", "reheat-after=30")]
    [TestCase("pso", "rosenbrock", "--dim", "10")]
    [TestCase("nsga2", "zdt1")]
    [TestCase("nsga2", "dtlz2", "--objectives", "3", "--set", "archive=true")]
    [TestCase("nsga2", "berlin52")]
    [TestCase("nsga2", "zdt4", "--set", "preset=tuned")]
    [TestCase("nsga2", "zdt2", "--set", "truncation=iterative", "--set", "sbx-spread=lower-side", "--set", "clones=remutate")]
    [TestCase("pso", "griewank", "--dim", "6", "--set", "variant=constriction", "--set", "topology=ring", "--set", "boundary=reflect", "--set", "max-velocity=0.2")]
    public async Task Solve_SameSeedOneVersusTwoThreads_ByteIdenticalResultLessTiming(string solver, string problem, params string[] extra)
    {
        var texts = new List<string>();
        foreach (string threads in new[] { "1", "2" })
        {
            string directory = MhRunner.TemporaryDirectory();
            string[] args = ["solve", "--problem", problem, "--solver", solver, "--evals", "3000", "--seed", "11", "--threads", threads, "--out", directory, .. extra];
            (int exitCode, _, string error) = await MhRunner.RunAsync(args);
            Assert.That(exitCode, Is.Zero, error);
            texts.Add(await File.ReadAllTextAsync(Path.Combine(directory, "result.json")));
        }
        Assert.That(WithoutTiming(texts[1]), Is.EqualTo(WithoutTiming(texts[0])));
    }

    [Test]
    public async Task Solve_SingleObjective_WritesTheDocumentedSchema()
    {
        string directory = MhRunner.TemporaryDirectory();
        (int exitCode, string output, _) = await MhRunner.RunAsync("solve", "--problem", "sphere", "--dim", "4", "--evals", "1234", "--out", directory);
        Assert.That(exitCode, Is.Zero);
        Assert.That(output, Does.Contain("random on sphere: 1,234 evaluations"));
        using JsonDocument document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "result.json")));
        JsonElement root = document.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("problem").GetString(), Is.EqualTo("sphere"));
            Assert.That(root.GetProperty("solver").GetString(), Is.EqualTo("random"));
            Assert.That(root.GetProperty("seed").GetUInt64(), Is.EqualTo(42));
            Assert.That(root.GetProperty("evaluations").GetInt64(), Is.EqualTo(1234));
            Assert.That(root.GetProperty("objectives").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("failedEvaluations").GetInt64(), Is.Zero);
            Assert.That(root.GetProperty("terminationReason").GetString(), Is.EqualTo("maxEvaluations"));
            Assert.That(root.GetProperty("elapsedSeconds").GetDouble(), Is.GreaterThan(0));
            JsonElement best = root.GetProperty("best");
            Assert.That(best.GetProperty("x").GetArrayLength(), Is.EqualTo(4));
            double[] x = best.GetProperty("x").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            Assert.That(best.GetProperty("f")[0].GetDouble(), Is.EqualTo(x.Sum(v => v * v)).Within(1e-12));
            Assert.That(best.GetProperty("violation").GetDouble(), Is.Zero);
            Assert.That(root.TryGetProperty("front", out _), Is.False);
        });
    }

    [Test]
    public async Task Solve_MultiObjective_WritesANonDominatedFront()
    {
        string directory = MhRunner.TemporaryDirectory();
        (int exitCode, _, _) = await MhRunner.RunAsync("solve", "--problem", "dtlz2", "--objectives", "2", "--evals", "2000", "--out", directory);
        Assert.That(exitCode, Is.Zero);
        using JsonDocument document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "result.json")));
        JsonElement front = document.RootElement.GetProperty("front");
        Assert.That(front.GetArrayLength(), Is.GreaterThan(0));
        double[][] points = front.EnumerateArray().Select(p => p.GetProperty("f").EnumerateArray().Select(v => v.GetDouble()).ToArray()).ToArray();
        foreach (double[] a in points)
        {
            Assert.That(a, Has.Length.EqualTo(2));
            Assert.That(points.Any(b => Metaheuristics.MultiObjective.Dominance.Dominates(b, a)), Is.False);
        }
        Assert.That(document.RootElement.GetProperty("best").ValueKind, Is.EqualTo(JsonValueKind.Null));
    }

    [Test]
    public async Task Solve_Nsga2OnZdt1_WritesIndicatorsAndFrontCsv()
    {
        string directory = MhRunner.TemporaryDirectory();
        (int exitCode, _, string error) = await MhRunner.RunAsync("solve", "--problem", "zdt1", "--solver", "nsga2", "--evals", "10000", "--out", directory);
        Assert.That(exitCode, Is.Zero, error);
        using JsonDocument document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "result.json")));
        JsonElement indicators = document.RootElement.GetProperty("indicators");
        Assert.That(indicators.GetProperty("referencePoint").EnumerateArray().Select(v => v.GetDouble()), Is.EqualTo(new[] { 1.1, 1.1 }));
        Assert.That(indicators.GetProperty("hypervolume").GetDouble(), Is.InRange(0.8, 0.87667), "below the true front's 0.87667");
        Assert.That(indicators.GetProperty("igd").GetDouble(), Is.InRange(0, 0.05));
        Assert.That(indicators.GetProperty("igdPlus").GetDouble(), Is.InRange(0, indicators.GetProperty("igd").GetDouble()));
        string[] lines = await File.ReadAllLinesAsync(Path.Combine(directory, "front.csv"));
        Assert.That(lines[0], Does.StartWith("f1,f2,x1,x2").And.EndWith("x30,violation"));
        Assert.That(lines, Has.Length.EqualTo(document.RootElement.GetProperty("front").GetArrayLength() + 1));
        Assert.That(lines[1].Split(','), Has.Length.EqualTo(33));
    }

    [TestCase(new[] { "solve", "--problem", "nosuch" }, "--problem: unknown id 'nosuch'")]
    [TestCase(new[] { "solve", "--problem", "sphere", "--solver", "magic" }, "--solver: unknown id 'magic'")]
    [TestCase(new[] { "solve", "--problem", "sphere", "--evals", "0" }, "--evals: must be positive")]
    [TestCase(new[] { "solve", "--problem", "sphere", "--evals", "ten" }, "--evals")]
    [TestCase(new[] { "solve", "--problem", "sphere", "--threads", "0" }, "--threads: must be positive")]
    [TestCase(new[] { "solve", "--problem", "sphere", "--pop", "-3" }, "--pop: must be positive")]
    [TestCase(new[] { "solve", "--problem", "sphere", "--dim", "0" }, "--dim: must be positive")]
    [TestCase(new[] { "solve", "--problem", "berlin52", "--dim", "5" }, "--dim: problem 'berlin52' has a fixed size")]
    [TestCase(new[] { "solve", "--problem", "zdt1", "--objectives", "3" }, "--objectives: problem 'zdt1'")]
    [TestCase(new[] { "solve", "--problem", "dtlz2", "--objectives", "1" }, "--objectives: dtlz2 needs at least 2 objectives")]
    [TestCase(new[] { "solve", "--problem", "sphere", "--set", "typo=3" }, "--set: solver 'random' has no option 'typo'")]
    [TestCase(new[] { "solve", "--problem", "sphere", "--set", "batch" }, "--set: 'batch' is not key=value")]
    [TestCase(new[] { "solve", "--problem", "sphere", "--set", "batch=0" }, "--set: batch = '0' must be an integer >= 1")]
    [TestCase(new[] { "solve", "--problem", "tsplib:/nope.tsp" }, "--problem: TSPLIB file '/nope.tsp' does not exist")]
    [TestCase(new[] { "solve" }, "--problem")]
    [TestCase(new[] { "solve", "--problem", "sphere", "--solver", "ga", "--set", "selection=magic" }, "--set: selection = 'magic' is not one of: tournament")]
    [TestCase(new[] { "solve", "--problem", "sphere", "--solver", "ga", "--set", "pc=2" }, "--set: pc = '2' must be in [0, 1]")]
    [TestCase(new[] { "solve", "--problem", "sphere", "--solver", "ga", "--pop", "1" }, "PopulationSize = 1 must be at least 2")]
    [TestCase(new[] { "solve", "--problem", "zdt1", "--solver", "ga" }, "--solver: The genetic algorithm is single-objective")]
    [TestCase(new[] { "solve", "--problem", "berlin52", "--solver", "sa", "--set", "moves=3-opt" }, "--set: moves: '3-opt' is not one of")]
    [TestCase(new[] { "solve", "--problem", "sphere", "--solver", "sa", "--set", "cooling=fast" }, "--set: cooling = 'fast' is not one of: geometric")]
    [TestCase(new[] { "solve", "--problem", "berlin52", "--solver", "pso" }, "--solver: The particle swarm flies over real and integer genes")]
    [TestCase(new[] { "solve", "--problem", "sphere", "--solver", "pso", "--set", "topology=star" }, "--set: topology = 'star' is not one of")]
    [TestCase(new[] { "solve", "--problem", "sphere", "--unknown" }, "--unknown")]
    [TestCase(new[] { "solve", "--problem", "cec2006-g06", "--constraints", "magic" }, "--constraints: unknown id 'magic'. Known: feasibility, lagrangian")]
    [TestCase(new[] { "solve", "--problem", "zdt1", "--solver", "nsga2", "--constraints", "stochastic-ranking" }, "--constraints: Stochastic ranking compares one objective")]
    [TestCase(new[] { "solve", "--problem", "cec2006-g06", "--constraints", "lagrangian", "--set", "update-every=0" }, "--set: update-every = '0' must be an integer >= 1")]
    [TestCase(new[] { "solve", "--problem", "cec2006-g06", "--constraints", "epsilon", "--set", "typo=1" }, "--set: solver 'random' with constraint handler 'epsilon' has no option 'typo'. Known: batch, theta, cp, control")]
    [TestCase(new[] { "solve", "--problem", "cec2006-g06", "--constraints", "static-penalty", "--set", "weights=1,x" }, "--set: weights = '1,x': 'x' is not a number")]
    [TestCase(new[] { "solve", "--problem", "cec2006-g06", "--constraints", "static-penalty", "--set", "weights=1,2,3" }, "--constraints: StaticPenaltyOptions.Weights has 3 weights; problem 'cec2006-g06' has 2 constraints")]
    [TestCase(new[] { "solve", "--problem", "cec2006-g11", "--equality-tolerance", "-1" }, "--equality-tolerance: must be finite and not negative")]
    [TestCase(new[] { "solve", "--problem", "berlin52", "--solver", "de" }, "--solver: Differential evolution works on real and integer genes")]
    public async Task Solve_BadInput_OneLineErrorNamingTheOptionAndExitCode2(string[] args, string expected)
    {
        (int exitCode, _, string error) = await MhRunner.RunAsync(args);
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(error, Does.StartWith("error: ").And.Contain(expected));
        Assert.That(error.TrimEnd().Split('\n'), Has.Length.EqualTo(1));
    }

    [Test]
    public async Task List_ProblemsAndSolvers_ShowEveryId()
    {
        (int exitCode, string problems, _) = await MhRunner.RunAsync("list", "problems");
        Assert.That(exitCode, Is.Zero);
        foreach (Metaheuristics.Problems.KnownProblem problem in Metaheuristics.Problems.KnownProblems.All)
        {
            Assert.That(problems, Does.Contain(problem.Id));
        }
        (_, string solvers, _) = await MhRunner.RunAsync("list", "solvers");
        Assert.That(solvers, Does.Contain("random").And.Contain("--set batch=").And.Contain("de ").And.Contain("--set strategy="));
    }

    [Test]
    public async Task List_Constraints_ShowsEveryHandlerAndItsKeys()
    {
        (int exitCode, string handlers, _) = await MhRunner.RunAsync("list", "constraints");
        Assert.That(exitCode, Is.Zero);
        foreach (string id in new[] { "lagrangian", "feasibility", "epsilon", "stochastic-ranking", "static-penalty", "adaptive-penalty", "death-penalty" })
        {
            Assert.That(handlers, Does.Contain(id));
        }
        Assert.That(handlers, Does.Contain("--set update-every=").And.Contain("--set pf="));
    }

    [Test]
    public async Task Solve_ConstrainedWithLagrangian_ReportsHandlerToleranceMultipliersAndFeasibility()
    {
        string directory = MhRunner.TemporaryDirectory();
        (int exitCode, string output, string error) = await MhRunner.RunAsync("solve", "--problem", "cec2006-g11", "--solver", "de",
            "--constraints", "lagrangian", "--set", "update-every=5", "--equality-tolerance", "0.001", "--evals", "20000", "--seed", "3", "--out", directory);
        Assert.That(exitCode, Is.Zero, error);
        Assert.That(output, Does.Contain("constraints: 0 g, 1 h (|h| <= 0.001), handled by lagrangian"));
        using JsonDocument document = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "result.json")));
        JsonElement root = document.RootElement;
        Assert.That(root.GetProperty("constraintHandler").GetString(), Is.EqualTo("lagrangian"));
        Assert.That(root.GetProperty("equalityTolerance").GetDouble(), Is.EqualTo(0.001));
        Assert.That(root.GetProperty("constraintHandlerState").GetProperty("multipliers").GetArrayLength(), Is.EqualTo(1));
        JsonElement best = root.GetProperty("best");
        Assert.That(best.GetProperty("feasible").GetBoolean(), Is.True);
        // With the band widened to 1e-3 the optimum moves 1e-3 off the parabola (x₂ = ½, x₁² = ½ − 1e-3): f = 0.749.
        Assert.That(best.GetProperty("f")[0].GetDouble(), Is.EqualTo(0.749).Within(1e-4));
    }
}

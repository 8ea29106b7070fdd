using System.Text.RegularExpressions;
using Metaheuristics.Constraints;
using Metaheuristics.Evaluation;
using Metaheuristics.Problems;
using Metaheuristics.Running;
using Metaheuristics.Solvers.Differential;
using Metaheuristics.Solvers.RandomSearch;
using Metaheuristics.Spaces;
using Metaheuristics.Termination;

namespace Metaheuristics.Tests.Documentation;

/// <summary>The README's C# blocks, compiled and run here; a test checks the README still shows exactly this code.</summary>
public sealed partial class ReadmeExampleTests
{
    [Test]
    public async Task ReadmeSphereExample_Runs_AndFindsANearOptimum()
    {
        // readme:begin
        IProblem sphere = Problem.Minimize(SearchSpace.Real(5, -5, 5), x => x.Sum(v => v * v));

        RunResult result = await Optimizer.SolveAsync(
            sphere,
            new RandomSearchSolver(new RandomSearchOptions { BatchSize = 100 }),
            new RunSettings { Seed = 7, Termination = Terminate.AfterEvaluations(20_000) });

        Console.WriteLine($"best f = {result.Best!.Objectives[0]:G4} after {result.Evaluations} evaluations");
        // readme:end

        Assert.That(result.Evaluations, Is.EqualTo(20_000));
        // Random search in 5-D: 20,000 draws get within a squared radius of a few units of the optimum 0.
        Assert.That(result.Best.Objectives[0], Is.LessThan(5));
    }

    [Test]
    public async Task ReadmeAsyncMixedSpaceExample_Runs_AndFindsTradeOffs()
    {
        // readme:begin
        SearchSpace space = SearchSpace.CreateBuilder()
            .Float("learningRate", 1e-4, 1e-1, log: true)
            .Int("layers", 1, 4)
            .Categorical("activation", "relu", "tanh", "gelu")
            .Build();

        var spec = new ProblemSpec
        {
            Name = "tiny-nas",
            Space = space,
            Objectives = [ObjectiveSpec.Minimize("error"), ObjectiveSpec.Minimize("parameters")],
        };

        IAsyncProblem search = Problem.CreateAsync(spec, async (candidate, cancellationToken) =>
        {
                        await Task.Delay(1, cancellationToken); // train and validate a network here
            double error = Math.Abs(Math.Log10(candidate.Float("learningRate")) + 2.5) / candidate.Int("layers");
            double size = candidate.Int("layers") * (candidate.Category("activation") == "gelu" ? 1.5 : 1.0);
            return EvaluationResult.Of([error, size]);
        });

        var settings = new RunSettings
        {
            Seed = 1,
            Termination = Terminate.WhenAny(Terminate.AfterEvaluations(200), Terminate.After(TimeSpan.FromMinutes(10))),
            Evaluator = new EvaluatorOptions { MaxConcurrency = 8, Timeout = TimeSpan.FromSeconds(30) },
        };

        OptimizationRun run = Optimizer.Start(search, new RandomSearchSolver(new RandomSearchOptions { BatchSize = 20 }), settings);
        await foreach (GenerationReport report in run.RunAsync())
        {
            Console.WriteLine($"generation {report.Generation}: {report.Evaluations} evaluations, {report.ParetoSetSize} non-dominated");
        }
        Console.WriteLine($"{run.Result.ParetoSet.Count} trade-offs found");
        // readme:end

        Assert.That(run.Result.Evaluations, Is.EqualTo(200));
        Assert.That(run.Result.Generations, Is.EqualTo(10));
        // One trade-off per layer count at most: every non-dominated point has a distinct size.
        Assert.That(run.Result.ParetoSet.Select(s => s.Objectives[1]).Distinct().Count(), Is.EqualTo(run.Result.ParetoSet.Count));
        Assert.That(run.Result.ParetoSet.Count, Is.InRange(2, 8));
    }

    [Test]
    public async Task ReadmeConstrainedExample_Runs_AndFindsTheConstrainedOptimum()
    {
        // readme:begin
        // A can of volume ≥ 0.5 (radius r, height h) with the least surface.
        IProblem can = Problem.Minimize(
            SearchSpace.Real([0.1, 0.1], [2.0, 4.0]),
            x => 2 * Math.PI * x[0] * (x[0] + x[1]),
            inequalities: [x => 0.5 - Math.PI * x[0] * x[0] * x[1]]);

        RunResult canResult = await Optimizer.SolveAsync(can, new DifferentialEvolution(), new RunSettings
        {
            Seed = 3,
            Termination = Terminate.AfterEvaluations(20_000),
            Constraints = new AugmentedLagrangian(),
        });

        Solution bestCan = canResult.Best!;
        Console.WriteLine($"surface {bestCan.Objectives[0]:G6}, feasible: {bestCan.IsFeasible}, r = {bestCan.Candidate.Reals[0]:G4}");
        // readme:end

        // The optimum has h = 2r and πr²h = 0.5: r = (1/(4π))^(1/3), surface 6πr².
        double r = Math.Cbrt(1 / (4 * Math.PI));
        Assert.That(bestCan.IsFeasible, Is.True);
        Assert.That(bestCan.Objectives[0], Is.EqualTo(6 * Math.PI * r * r).Within(1e-6));
        Assert.That(bestCan.Candidate.Reals[0], Is.EqualTo(r).Within(1e-4));
    }

    [Test]
    public void Readme_CSharpBlocks_MatchTheirCompiledTwins()
    {
        string root = RepositoryPaths.Root;
        string readme = File.ReadAllText(Path.Combine(root, "README.md"));
        string twin = File.ReadAllText(Path.Combine(root, "tests", "Metaheuristics.Tests", "Documentation", "ReadmeExampleTests.cs"));

        List<string> blocks = [.. CSharpBlock().Matches(readme).Select(m => m.Groups[1].Value)];
        List<string> twins = [.. TwinRegion().Matches(twin).Select(m => m.Groups[1].Value)];
        Assert.That(blocks, Has.Count.EqualTo(twins.Count), "every README C# block needs a compiled twin");
        string[] twinUsings = [.. Lines(twin).Where(l => l.StartsWith("using ", StringComparison.Ordinal))];
        for (int i = 0; i < blocks.Count; i++)
        {
            string[] code = [.. Lines(blocks[i]).Where(l => !l.StartsWith("using ", StringComparison.Ordinal))];
            Assert.That(code, Is.EqualTo(Lines(twins[i])), $"README C# block {i + 1} differs from its twin");
            Assert.That(Lines(blocks[i]).Where(l => l.StartsWith("using ", StringComparison.Ordinal)), Is.SubsetOf(twinUsings));
        }
    }

    private static string[] Lines(string text) =>
        [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    [Test]
    public void Readme_SpecExamplesAndPythonEvaluator_AreTheShippedFiles()
    {
        string readme = File.ReadAllText(RepositoryPaths.Combine("README.md"));
        string[] json = [.. JsonBlock().Matches(readme).Select(m => m.Groups[1].Value)];
        string[] python = [.. PythonBlock().Matches(readme).Select(m => m.Groups[1].Value)];

        Assert.That(json, Has.Length.EqualTo(2));
        Assert.That(json[0], Is.EqualTo(File.ReadAllText(RepositoryPaths.Combine("problems", "specs", "pressure-vessel.json"))));
        Assert.That(json[1], Is.EqualTo(File.ReadAllText(RepositoryPaths.Combine("problems", "specs", "tiny-nas.json"))));
        Assert.That(python, Has.Length.EqualTo(1));
        Assert.That(python[0], Is.EqualTo(File.ReadAllText(RepositoryPaths.Combine("problems", "specs", "pv.py"))));
        Assert.That(Lines(python[0]), Has.Length.LessThanOrEqualTo(10), "the README promises a 10-line evaluator");
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [GeneratedRegex("```python\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex PythonBlock();

    [GeneratedRegex("```csharp\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex("// readme:begin\\n(.*?)// readme:end", RegexOptions.Singleline)]
    private static partial Regex TwinRegion();
}

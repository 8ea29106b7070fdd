using Metaheuristics.Evaluation;
using Metaheuristics.Problems;
using Metaheuristics.Problems.SingleObjective;
using Metaheuristics.Problems.Tsp;
using Metaheuristics.Running;
using Metaheuristics.Solvers.Genetic;
using Metaheuristics.Spaces;
using Metaheuristics.Termination;

namespace Metaheuristics.Tests.Solvers.Genetic;

public sealed class GeneticAlgorithmTests
{
    private static Task<RunResult> Solve(IOptimizationProblem problem, long evaluations, GeneticAlgorithmOptions? options = null, ulong seed = 1, int threads = 1) =>
        SolverRuns.Solve(problem, new GeneticAlgorithm(options), evaluations, seed, threads);

    [Test]
    public async Task Solve_Sphere10_ReachesOneMillionthWithin60000Evaluations()
    {
        RunResult result = await Solve(new Sphere(10), 60_000);
        Assert.That(result.Best!.Objectives[0], Is.LessThan(1e-6));
    }

    [Test]
    public async Task Solve_Rastrigin10_ReachesOneHundredthWithin100000Evaluations()
    {
        RunResult result = await Solve(new Rastrigin(10), 100_000);
        Assert.That(result.Best!.Objectives[0], Is.LessThan(0.01));
    }

    [Test]
    public async Task Solve_Rosenbrock10_ReachesTenWithin100000Evaluations()
    {
        RunResult result = await Solve(new Rosenbrock(10), 100_000);
        Assert.That(result.Best!.Objectives[0], Is.LessThan(10));
    }

    [Test]
    public async Task Solve_Berlin52_WithinFivePercentOfTheOptimumIn75000Evaluations()
    {
        RunResult result = await Solve(KnownTsplibInstances.Problem("berlin52"), 75_000);
        Assert.That(result.Best!.Objectives[0], Is.LessThanOrEqualTo(7542 * 1.05));
        Assert.That(SearchSpace.IsPermutationOf(result.Best.Candidate.Integers), Is.True);
    }

    [Test]
    public async Task Solve_OneMax100_FindsAllOnes()
    {
        RunResult result = await Solve(TestProblems.OneMax(100), 30_000);
        Assert.That(result.Best!.Objectives[0], Is.EqualTo(100));
    }

    [Test]
    public async Task Solve_IntegerVector_FindsTheShiftedOptimum()
    {
        RunResult result = await Solve(TestProblems.ShiftedIntegerSphere(8, -20, 20, step: 1, shift: -3), 20_000);
        Assert.That(result.Best!.Objectives[0], Is.Zero);
        Assert.That(result.Best.Candidate.Integers, Is.EqualTo(new[] { -3, -2, -1, 0, 1, 2, 3, 4 }));
    }

    [Test]
    public async Task Solve_MixedSpace_FindsTheBestCombination()
    {
        SearchSpace space = SearchSpace.CreateBuilder()
            .Float("rate", 1e-4, 1, log: true)
            .Int("layers", 1, 8)
            .Categorical("activation", "relu", "tanh", "gelu")
            .Build();
        var spec = new ProblemSpec { Name = "mixed", Space = space };
        IProblem problem = Problem.Create(spec, (genome, f, _) =>
        {
            double rate = Math.Log10(genome.Float("rate")) + 2;   // best at 1e-2
            int layers = genome.Int("layers") - 5;                 // best at 5
            double activation = genome.Category("activation") == "tanh" ? 0 : 1;
            f[0] = rate * rate + layers * layers + activation;
        });
        RunResult result = await Solve(problem, 5_000);
        Genome best = result.Best!.Candidate.AsGenome();
        Assert.That(best.Int("layers"), Is.EqualTo(5));
        Assert.That(best.Category("activation"), Is.EqualTo("tanh"));
        Assert.That(best.Float("rate"), Is.EqualTo(1e-2).Within(1e-3));
    }

    [TestCase(Replacement.MuPlusLambda)]
    [TestCase(Replacement.Generational)]
    [TestCase(Replacement.SteadyState)]
    public async Task Solve_EveryReplacement_SameSeedOneVersusTwoThreads_IdenticalResult(Replacement replacement)
    {
        var options = new GeneticAlgorithmOptions { Replacement = replacement, EliteCount = 2 };
        RunResult one = await Solve(new Rastrigin(6), 6_000, options, seed: 9, threads: 1);
        RunResult two = await Solve(new Rastrigin(6), 6_000, options, seed: 9, threads: 2);
        Assert.That(two.Best!.Candidate.Reals, Is.EqualTo(one.Best!.Candidate.Reals));
        Assert.That(two.History.Select(h => h.BestObjective), Is.EqualTo(one.History.Select(h => h.BestObjective)));
        Assert.That(one.Evaluations, Is.EqualTo(6_000));
        Assert.That(one.Best.Objectives[0], Is.LessThan(new Rastrigin(6).Value(new double[6].Select(_ => 2.0).ToArray())));
    }

    [Test]
    public async Task Solve_Elitism_BestNeverGetsWorseAcrossGenerations()
    {
        RunResult result = await Solve(new Ackley(10), 10_000, new GeneticAlgorithmOptions { Replacement = Replacement.Generational, EliteCount = 1 });
        for (int i = 1; i < result.History.Count; i++)
        {
            Assert.That(result.History[i].BestObjective!.Value, Is.LessThanOrEqualTo(result.History[i - 1].BestObjective!.Value));
        }
    }

    [Test]
    public void Start_MultiObjectiveProblem_ExplainsWhy()
    {
        var spec = new ProblemSpec { Name = "two", Space = SearchSpace.Real(2, 0, 1), Objectives = [ObjectiveSpec.Minimize("a"), ObjectiveSpec.Minimize("b")] };
        var error = Assert.Throws<ArgumentException>(() => new GeneticAlgorithm().Start(spec, new RunSettings()));
        Assert.That(error!.Message, Does.Contain("single-objective"));
    }

    [Test]
    public void Options_InvalidFields_AllReportedTogether()
    {
        var error = Assert.Throws<Metaheuristics.Validation.OptionsValidationException>(() =>
            new GeneticAlgorithm(new GeneticAlgorithmOptions { PopulationSize = 1, CrossoverProbability = 1.5, EliteCount = -1 }));
        Assert.That(error!.Errors.Select(e => e.Field), Is.EquivalentTo(new[] { "PopulationSize", "CrossoverProbability", "EliteCount" }));
    }
}

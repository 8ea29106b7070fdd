using Metaheuristics.Evaluation;
using Metaheuristics.Problems;
using Metaheuristics.Problems.SingleObjective;
using Metaheuristics.Problems.Tsp;
using Metaheuristics.Running;
using Metaheuristics.Solvers;
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

    // The benchmark's targets, on the median of seven seeds: one seed alone lands anywhere in a spread of a few percent.
    [TestCase("berlin52", 7542, 0.02)]
    [TestCase("kroa100", 21282, 0.05)]
    public async Task Solve_TourWithTheDefaults_MedianOfSevenSeedsNearTheOptimumIn75000Evaluations(string instance, double optimum, double tolerance)
    {
        RunResult[] runs = await SolverRuns.SolveSeeds(() => KnownTsplibInstances.Problem(instance), new GeneticAlgorithm(), 75_000, seeds: 7);
        Assert.That(runs.All(r => SearchSpace.IsPermutationOf(r.Best!.Candidate.Integers)), Is.True);
        Assert.That(runs[3].Best!.Objectives[0], Is.LessThanOrEqualTo(optimum * (1 + tolerance)), string.Join(", ", runs.Select(r => r.Best!.Objectives[0])));
    }

    [TestCase(false)]
    [TestCase(true)]
    public async Task Run_TourSteadyState_AllocatesNothingPerGeneration(bool edgeRecombination)
    {
        var options = edgeRecombination
            ? new GeneticAlgorithmOptions { PermutationCrossover = new Metaheuristics.Operators.Crossover.EdgeRecombinationCrossover(), Replacement = Replacement.MuPlusLambda }
            : new GeneticAlgorithmOptions();
        OptimizationRun run = Optimizer.Start(KnownTsplibInstances.Problem("berlin52"), new GeneticAlgorithm(options), new RunSettings
        {
            Seed = 1,
            Termination = Terminate.AfterEvaluations(25 * 120L),
            Evaluator = new EvaluatorOptions { MaxDegreeOfParallelism = 1 },
        });
        Assert.That(await SolverRuns.AllocatedFromGeneration20To100(run), Is.Zero, "bytes allocated over 80 generations");
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
    [TestCase(Replacement.ParentChild)]
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

    [TestCase(Replacement.MuPlusLambda)]
    [TestCase(Replacement.Generational)]
    [TestCase(Replacement.SteadyState)]
    [TestCase(Replacement.ParentChild)]
    public async Task Solve_ElitistReplacement_BestParentNeverGetsWorseAcrossGenerations(Replacement replacement)
    {
        var watched = new ParentWatch(new GeneticAlgorithm(new GeneticAlgorithmOptions { Replacement = replacement, EliteCount = 1 }));
        await SolverRuns.Solve(new Ackley(10), watched, 10_000);
        // The run's history reports the best so far, which cannot worsen whatever the solver does: watch the parents.
        Assert.That(watched.BestParent, Has.Count.GreaterThan(50));
        for (int i = 1; i < watched.BestParent.Count; i++)
        {
            Assert.That(watched.BestParent[i], Is.LessThanOrEqualTo(watched.BestParent[i - 1]), $"generation {i}");
        }
        Assert.That(watched.BestParent[^1], Is.LessThan(watched.BestParent[0]));
    }

    /// <summary>Records, at each ask after the first, the best objective among the parents (the rows before the batch).</summary>
    private sealed class ParentWatch(ISolver inner) : ISolver
    {
        public List<double> BestParent { get; } = [];

        public string Name => inner.Name;

        public ISolverRun Start(ProblemSpec spec, RunSettings settings) => new Run(inner.Start(spec, settings), BestParent);

        private sealed class Run(ISolverRun inner, List<double> bestParent) : ISolverRun
        {
            public int Generation => inner.Generation;

            public bool IsFinished => inner.IsFinished;

            public Metaheuristics.Populations.EvaluationBatch Ask()
            {
                Metaheuristics.Populations.EvaluationBatch batch = inner.Ask();
                if (batch.Start > 0)
                {
                    double best = double.PositiveInfinity;
                    for (int row = 0; row < batch.Start; row++)
                    {
                        best = Math.Min(best, batch.Population.ObjectivesOf(row)[0]);
                    }
                    bestParent.Add(best);
                }
                return batch;
            }

            public void Tell(Metaheuristics.Populations.EvaluationBatch evaluated) => inner.Tell(evaluated);
        }
    }

    [Test]
    public void Resolve_Tour_TakesTheTourDefaultsForTheFieldsLeftNull()
    {
        GeneticSettings tour = new GeneticAlgorithmOptions().Resolve(SearchSpace.Permutation(20));
        Assert.That((tour.Population, tour.Offspring, tour.Replacement), Is.EqualTo((25, 25, Replacement.ParentChild)));
        Assert.That(tour.Operators.PermutationCrossover, Is.TypeOf<Metaheuristics.Operators.Crossover.InverOverCrossover>());
        Assert.That((tour.Operators.CrossoverProbability, tour.Operators.MutationRate), Is.EqualTo((1.0, (double?)0)));

        // Another crossover set by hand brings back the mutation: inver-over's random edges are gone.
        GeneticSettings erx = new GeneticAlgorithmOptions { PermutationCrossover = new Metaheuristics.Operators.Crossover.EdgeRecombinationCrossover(), PopulationSize = 60 }
            .Resolve(SearchSpace.Permutation(20));
        Assert.That((erx.Population, erx.Replacement, erx.Operators.MutationRate), Is.EqualTo((60, Replacement.ParentChild, (double?)null)));
    }

    [TestCase(52, 75_000L, 25)]
    [TestCase(100, 75_000L, 25)]
    [TestCase(150, 75_000L, 16)]
    [TestCase(280, 75_000L, 10)]
    [TestCase(280, 10_000_000L, 25)]
    [TestCase(280, null, 25)]
    public void Resolve_Tour_PopulationShrinksWhenTheBudgetIsShortForTheTour(int cities, long? budget, int expected)
    {
        Assert.That(new GeneticAlgorithmOptions().Resolve(SearchSpace.Permutation(cities), budget).Population, Is.EqualTo(expected));
        Assert.That(new GeneticAlgorithmOptions { PopulationSize = 40 }.Resolve(SearchSpace.Permutation(cities), budget).Population, Is.EqualTo(40));
    }

    [Test]
    public void Resolve_NotATour_TakesTheGeneralDefaults()
    {
        SearchSpace mixed = SearchSpace.CreateBuilder().Float("x", 0, 1).Permutation("order", 5).Build();
        GeneticSettings settings = new GeneticAlgorithmOptions().Resolve(mixed);
        Assert.That((settings.Population, settings.Replacement, settings.Operators.CrossoverProbability), Is.EqualTo((100, Replacement.MuPlusLambda, 0.9)));
        Assert.That(settings.Operators.PermutationCrossover, Is.TypeOf<Metaheuristics.Operators.Crossover.EdgeRecombinationCrossover>());
    }

    [Test]
    public void Start_ElitesAsManyAsTheTourPopulation_ExplainsWhy()
    {
        var solver = new GeneticAlgorithm(new GeneticAlgorithmOptions { EliteCount = 25 });
        var spec = new ProblemSpec { Name = "tour", Space = SearchSpace.Permutation(10) };
        var error = Assert.Throws<Metaheuristics.Validation.OptionsValidationException>(() => solver.Start(spec, new RunSettings()));
        Assert.That(error!.Message, Does.Contain("EliteCount").And.Contain("25"));
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

using Metaheuristics.Evaluation;
using Metaheuristics.Operators.Mutation;
using Metaheuristics.Problems;
using Metaheuristics.Problems.SingleObjective;
using Metaheuristics.Problems.Tsp;
using Metaheuristics.Running;
using Metaheuristics.Solvers;
using Metaheuristics.Solvers.Annealing;
using Metaheuristics.Spaces;
using Metaheuristics.Termination;

namespace Metaheuristics.Tests.Solvers.Annealing;

public sealed class SimulatedAnnealingTests
{
    private static Task<RunResult> Solve(IOptimizationProblem problem, long evaluations, SimulatedAnnealingOptions? options = null, ulong seed = 1, int threads = 1) =>
        SolverRuns.Solve(problem, new SimulatedAnnealing(options), evaluations, seed, threads);

    [Test]
    public async Task Solve_Sphere10_ReachesOneMillionthWithin60000Evaluations()
    {
        RunResult result = await Solve(new Sphere(10), 60_000);
        Assert.That(result.Best!.Objectives[0], Is.LessThan(1e-6));
    }

    [Test]
    public async Task Solve_Rastrigin10_ReachesTwentyWithin100000Evaluations()
    {
        // Single-trajectory annealing escapes most, not all, of Rastrigin's 10^10 local minima at this budget.
        RunResult result = await Solve(new Rastrigin(10), 100_000);
        Assert.That(result.Best!.Objectives[0], Is.LessThan(20));
    }

    // The peers' figure is pagmo's simulated annealing (Corana): medians 62.7 on Rastrigin-30 and 17.6 on Rosenbrock-30.
    [TestCase("rastrigin", 5.0)]
    [TestCase("schwefel", 1.0)]
    [TestCase("rosenbrock", 17.6)]
    [TestCase("ackley", 1e-6)]
    public async Task Solve_ThirtyDimensions_MedianOfFiveSeedsBelowThresholdIn100000Evaluations(string function, double threshold)
    {
        RunResult[] runs = await SolverRuns.SolveSeeds(() => KnownProblems.Create(function, new ProblemParameters(30)), new SimulatedAnnealing(), 100_000, seeds: 5);
        Assert.That(runs[2].Best!.Objectives[0], Is.LessThan(threshold), string.Join(", ", runs.Select(r => r.Best!.Objectives[0])));
    }

    [Test]
    public async Task Solve_Rosenbrock10_ReachesTenWithin100000Evaluations()
    {
        RunResult result = await Solve(new Rosenbrock(10), 100_000);
        Assert.That(result.Best!.Objectives[0], Is.LessThan(10));
    }

    [Test]
    public async Task Solve_Berlin52AtTheTourDefaults_WithinFivePercentIn75000Evaluations()
    {
        RunResult result = await Solve(KnownTsplibInstances.Problem("berlin52"), 75_000);
        Assert.That(result.Best!.Objectives[0], Is.LessThanOrEqualTo(7542 * 1.05));
        Assert.That(SearchSpace.IsPermutationOf(result.Best.Candidate.Integers), Is.True);
    }

    [Test]
    public void EffectiveFor_UnsetOptions_TourDefaultsOnlyOnAPermutation()
    {
        var defaults = new SimulatedAnnealingOptions();

        Assert.That(defaults.EffectiveFor(SearchSpace.Permutation(10)), Is.EqualTo((CoolingSchedule.Geometric, 0.1, 3e-3)));
        Assert.That(defaults.EffectiveFor(SearchSpace.Real(10, -1, 1)), Is.EqualTo((CoolingSchedule.Adaptive, 0.065, 1e-4)));
        var set = new SimulatedAnnealingOptions { Cooling = CoolingSchedule.Linear, InitialAcceptance = 0.5, FinalTemperatureRatio = 0.01 };
        Assert.That(set.EffectiveFor(SearchSpace.Permutation(10)), Is.EqualTo((CoolingSchedule.Linear, 0.5, 0.01)));
    }

    [TestCase(CoolingSchedule.Geometric)]
    [TestCase(CoolingSchedule.Linear)]
    [TestCase(CoolingSchedule.Logarithmic)]
    [TestCase(CoolingSchedule.Adaptive)]
    public async Task Solve_EverySchedule_FourChainsOneVersusTwoThreads_IdenticalAndConverging(CoolingSchedule cooling)
    {
        var options = new SimulatedAnnealingOptions { Cooling = cooling, ChainCount = 4, ReheatAfter = 200, RestartInterval = 300 };
        RunResult one = await Solve(new Sphere(5), 20_000, options, seed: 3, threads: 1);
        RunResult two = await Solve(new Sphere(5), 20_000, options, seed: 3, threads: 2);
        Assert.That(two.Best!.Candidate.Reals, Is.EqualTo(one.Best!.Candidate.Reals));
        Assert.That(two.History.Select(h => h.BestObjective), Is.EqualTo(one.History.Select(h => h.BestObjective)));
        Assert.That(one.Evaluations, Is.EqualTo(20_000));
        // A uniform random point of the 5-D box has E[f] ≈ 44; every schedule must do far better.
        Assert.That(one.Best.Objectives[0], Is.LessThan(cooling == CoolingSchedule.Logarithmic ? 1 : 0.1));
    }

    [Test]
    public async Task Solve_OneMax64_FindsAllOnes()
    {
        RunResult result = await Solve(TestProblems.OneMax(64), 5_000);
        Assert.That(result.Best!.Objectives[0], Is.EqualTo(64));
    }

    [Test]
    public async Task Solve_IntegerVector_FindsTheShiftedOptimum()
    {
        RunResult result = await Solve(TestProblems.ShiftedIntegerSphere(5, -50, 50, step: 7, shift: 0), 10_000);
        Assert.That(result.Best!.Candidate.Integers, Is.EqualTo(new[] { 0, 7, 14, 21, 28 }));
    }

    [Test]
    public async Task Solve_PermutationMoveMix_KeepsEveryProposalAPermutation()
    {
        var options = new SimulatedAnnealingOptions { PermutationMoves = [PermutationMove.Swap, PermutationMove.Insertion, PermutationMove.Displacement] };
        var spec = new ProblemSpec { Name = "sorted", Space = SearchSpace.Permutation(12) };
        int invalid = 0;
        IProblem problem = Problem.Create(spec, (genome, f, _) =>
        {
            if (!SearchSpace.IsPermutationOf(genome.Integers))
            {
                Interlocked.Increment(ref invalid);
            }
            double displacement = 0;
            for (int i = 0; i < genome.Integers.Length; i++)
            {
                displacement += Math.Abs(genome.Integers[i] - i);
            }
            f[0] = displacement;
        });
        RunResult result = await Solve(problem, 20_000, options);
        Assert.That(invalid, Is.Zero);
        Assert.That(result.Best!.Objectives[0], Is.Zero, "the identity permutation is reachable by these moves");
    }

    [Test]
    public void Options_InvalidFields_AllReportedTogether()
    {
        var error = Assert.Throws<Metaheuristics.Validation.OptionsValidationException>(() =>
            new SimulatedAnnealing(new SimulatedAnnealingOptions { ChainCount = 0, InitialAcceptance = 1, PermutationMoves = [] }));
        Assert.That(error!.Errors.Select(e => e.Field), Is.EquivalentTo(new[] { "ChainCount", "InitialAcceptance", "PermutationMoves" }));
    }

    // A step brings a chain's proposal back to the chain's current state by undoing only the gene a rejected move
    // changed; if that bookkeeping slipped, proposals would drift from their chains by more than one gene.
    [Test]
    public async Task Ask_MixedSpaceWithRestarts_EveryProposalIsItsChainWithAtMostOneGeneMoved()
    {
        SearchSpace space = SearchSpace.CreateBuilder().Reals("r", [-5, -5, -5], [5, 5, 5]).Integers("i", 3, -10, 10).Bits("b", 4).Build();
        IProblem problem = Problem.Create(new ProblemSpec { Name = "mixed", Space = space }, (genome, objectives, _) =>
        {
            double sum = 0;
            foreach (double x in genome.Reals)
            {
                sum += x * x;
            }
            foreach (int x in genome.Integers)
            {
                sum += x * x;
            }
            foreach (byte x in genome.Bits)
            {
                sum += x;
            }
            objectives[0] = sum;
        });
        var watch = new ProposalWatch(new SimulatedAnnealing(new SimulatedAnnealingOptions { ChainCount = 3, RestartInterval = 50 }));

        await SolverRuns.Solve(problem, watch, 6_000);

        // A move can leave its gene as it was (an integer clamped at its bound), so the invariant is "at most one".
        Assert.That(watch.Proposals, Is.GreaterThan(1_000));
        Assert.That(watch.ChangedGenes, Is.All.InRange(0, 1), "genes in which a proposal differs from its chain's current state");
        Assert.That(watch.ChangedGenes.Count(changed => changed == 1), Is.GreaterThan(watch.Proposals * 9 / 10));
    }

    private sealed class ProposalWatch(ISolver inner) : ISolver
    {
        public List<int> ChangedGenes { get; } = [];

        public int Proposals => ChangedGenes.Count;

        public string Name => inner.Name;

        public ISolverRun Start(ProblemSpec spec, RunSettings settings) => new Run(inner.Start(spec, settings), ChangedGenes);

        private sealed class Run(ISolverRun inner, List<int> changedGenes) : ISolverRun
        {
            public int Generation => inner.Generation;

            public bool IsFinished => inner.IsFinished;

            public Metaheuristics.Populations.EvaluationBatch Ask()
            {
                Metaheuristics.Populations.EvaluationBatch batch = inner.Ask();
                Metaheuristics.Populations.Population population = batch.Population;
                for (int row = batch.Start; batch.Start > 0 && row < batch.End; row++)
                {
                    int chain = row - batch.Start, changed = 0;
                    changed += Differences(population.RealsOf(row), population.RealsOf(chain));
                    changed += Differences(population.IntegersOf(row), population.IntegersOf(chain));
                    changed += Differences(population.BitsOf(row), population.BitsOf(chain));
                    changedGenes.Add(changed);
                }
                return batch;
            }

            public void Tell(Metaheuristics.Populations.EvaluationBatch evaluated) => inner.Tell(evaluated);

            private static int Differences<T>(Span<T> a, Span<T> b) where T : IEquatable<T>
            {
                int count = 0;
                for (int i = 0; i < a.Length; i++)
                {
                    count += a[i].Equals(b[i]) ? 0 : 1;
                }
                return count;
            }
        }
    }
}

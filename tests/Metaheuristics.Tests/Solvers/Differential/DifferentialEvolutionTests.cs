using Metaheuristics.Problems;
using Metaheuristics.Problems.SingleObjective;
using Metaheuristics.Running;
using Metaheuristics.Solvers.Differential;
using Metaheuristics.Spaces;

namespace Metaheuristics.Tests.Solvers.Differential;

public sealed class DifferentialEvolutionTests
{
    private static Task<RunResult> Solve(IOptimizationProblem problem, long evaluations, DifferentialEvolutionOptions? options = null, ulong seed = 1, int threads = 1) =>
        SolverRuns.Solve(problem, new DifferentialEvolution(options), evaluations, seed, threads);

    [TestCase(DifferentialStrategy.Rand1, true)]
    [TestCase(DifferentialStrategy.Rand1, false)]
    [TestCase(DifferentialStrategy.Best1, true)]
    [TestCase(DifferentialStrategy.CurrentToBest1, true)]
    public async Task Solve_Sphere10_ReachesOneMillionthWithin60000Evaluations(DifferentialStrategy strategy, bool selfAdaptive)
    {
        RunResult result = await Solve(new Sphere(10), 60_000, new DifferentialEvolutionOptions { Strategy = strategy, SelfAdaptive = selfAdaptive });
        Assert.That(result.Best!.Objectives[0], Is.LessThan(1e-6));
    }

    [Test]
    public async Task Solve_Rastrigin10_ReachesOneWithin100000Evaluations()
    {
        RunResult result = await Solve(new Rastrigin(10), 100_000);
        Assert.That(result.Best!.Objectives[0], Is.LessThan(1));
    }

    [Test]
    public async Task Solve_Rosenbrock10_ReachesOneHundredthWithin100000Evaluations()
    {
        RunResult result = await Solve(new Rosenbrock(10), 100_000);
        Assert.That(result.Best!.Objectives[0], Is.LessThan(0.01));
    }

    [Test]
    public async Task Solve_SameSeedOneVersusTwoThreads_Identical()
    {
        RunResult one = await Solve(new Ackley(8), 20_000, seed: 9, threads: 1);
        RunResult two = await Solve(new Ackley(8), 20_000, seed: 9, threads: 2);
        Assert.That(two.Best!.Candidate.Reals, Is.EqualTo(one.Best!.Candidate.Reals));
        Assert.That(two.History.Select(h => h.BestObjective), Is.EqualTo(one.History.Select(h => h.BestObjective)));
    }

    [Test]
    public async Task Solve_IntegerGenes_StayInBoundsAndReachTheOptimum()
    {
        var spec = new ProblemSpec { Name = "integers", Space = SearchSpace.Integer(4, -20, 20) };
        IProblem problem = Problem.Create(spec, (genome, f, _) =>
        {
            double sum = 0;
            for (int i = 0; i < 4; i++)
            {
                sum += (genome.Integers[i] - 3 * i) * (genome.Integers[i] - 3 * i);
            }
            f[0] = sum;
        });
        RunResult result = await Solve(problem, 10_000);
        Assert.That(result.Best!.Candidate.Integers, Is.EqualTo(new[] { 0, 3, 6, 9 }));
    }

    [Test]
    public void Start_BinarySpace_ExplainsWhy()
    {
        var spec = new ProblemSpec { Name = "bits", Space = SearchSpace.Binary(8) };
        var error = Assert.Throws<ArgumentException>(() => new DifferentialEvolution().Start(spec, new RunSettings()));
        Assert.That(error!.Message, Does.Contain("Binary").And.Contain("ga or sa"));
    }

    [Test]
    public void Options_InvalidFields_AllReportedTogether()
    {
        var error = Assert.Throws<Metaheuristics.Validation.OptionsValidationException>(() =>
            new DifferentialEvolution(new DifferentialEvolutionOptions { PopulationSize = 3, DifferentialWeight = 0, CrossoverRate = 1.5 }));
        Assert.That(error!.Errors.Select(e => e.Field), Is.EquivalentTo(new[] { "PopulationSize", "DifferentialWeight", "CrossoverRate" }));
    }
}

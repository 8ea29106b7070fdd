using Metaheuristics.Evaluation;
using Metaheuristics.Problems;
using Metaheuristics.Problems.SingleObjective;
using Metaheuristics.Running;
using Metaheuristics.Solvers.Swarm;
using Metaheuristics.Spaces;
using Metaheuristics.Termination;

namespace Metaheuristics.Tests.Solvers.Swarm;

public sealed class ParticleSwarmTests
{
    private static Task<RunResult> Solve(IOptimizationProblem problem, long evaluations, ParticleSwarmOptions? options = null, ulong seed = 1, int threads = 1) =>
        SolverRuns.Solve(problem, new ParticleSwarm(options), evaluations, seed, threads);

    [TestCase(SwarmVariant.Spso2011)]
    [TestCase(SwarmVariant.InertiaWeight)]
    [TestCase(SwarmVariant.Constriction)]
    public async Task Solve_Sphere10_EveryVariantReachesOneMillionthWithin60000Evaluations(SwarmVariant variant)
    {
        RunResult result = await Solve(new Sphere(10), 60_000, new ParticleSwarmOptions { Variant = variant });
        Assert.That(result.Best!.Objectives[0], Is.LessThan(1e-6));
    }

    [Test]
    public async Task Solve_Rastrigin10_ReachesFifteenWithin100000Evaluations()
    {
        RunResult result = await Solve(new Rastrigin(10), 100_000);
        Assert.That(result.Best!.Objectives[0], Is.LessThan(15));
    }

    // The peers' figure is pagmo's pso: medians 36.8 on Rastrigin-30, 21.5 on Rosenbrock-30 and 7.5e-5 on Ackley-30.
    [TestCase("rastrigin", 36.8)]
    [TestCase("ackley", 7.5e-5)]
    public async Task Solve_ThirtyDimensions_MedianOfFiveSeedsBelowPagmosMedianIn100000Evaluations(string function, double threshold)
    {
        RunResult[] runs = await SolverRuns.SolveSeeds(() => KnownProblems.Create(function, new ProblemParameters(30)), new ParticleSwarm(), 100_000, seeds: 5);
        Assert.That(runs[2].Best!.Objectives[0], Is.LessThan(threshold), string.Join(", ", runs.Select(r => r.Best!.Objectives[0])));
    }

    [Test]
    public async Task Solve_Rosenbrock10_ReachesOneWithin100000Evaluations()
    {
        RunResult result = await Solve(new Rosenbrock(10), 100_000);
        Assert.That(result.Best!.Objectives[0], Is.LessThan(1));
    }

    [TestCase(SwarmTopology.Global, BoundaryHandling.ClampAndZero)]
    [TestCase(SwarmTopology.Ring, BoundaryHandling.Reflect)]
    [TestCase(SwarmTopology.VonNeumann, BoundaryHandling.Reinitialize)]
    [TestCase(SwarmTopology.AdaptiveRandom, BoundaryHandling.ClampAndZero)]
    public async Task Solve_EveryTopology_SameSeedOneVersusTwoThreads_IdenticalAndConverging(SwarmTopology topology, BoundaryHandling boundary)
    {
        var options = new ParticleSwarmOptions { Topology = topology, Boundary = boundary, MaxVelocity = 0.5 };
        RunResult one = await Solve(new Ackley(6), 20_000, options, seed: 4, threads: 1);
        RunResult two = await Solve(new Ackley(6), 20_000, options, seed: 4, threads: 2);
        Assert.That(two.Best!.Candidate.Reals, Is.EqualTo(one.Best!.Candidate.Reals));
        Assert.That(two.History.Select(h => h.BestObjective), Is.EqualTo(one.History.Select(h => h.BestObjective)));
        Assert.That(one.Best.Objectives[0], Is.LessThan(1e-3));
        Assert.That(one.Best.Candidate.Reals, Has.All.InRange(-15, 30));
    }

    [Test]
    public async Task Solve_IntegerAndMixedSpace_RoundsToTheOptimum()
    {
        SearchSpace space = SearchSpace.CreateBuilder()
            .Integers("k", 3, -10, 10)
            .Float("rate", 1e-3, 1, log: true)
            .Categorical("kind", "a", "b", "c")
            .Build();
        var spec = new ProblemSpec { Name = "mixed", Space = space };
        IProblem problem = Problem.Create(spec, (genome, f, _) =>
        {
            double sum = 0;
            for (int i = 0; i < 3; i++)
            {
                sum += (genome.Integers[i] - 2 * i) * (genome.Integers[i] - 2 * i);
            }
            double rate = Math.Log10(genome.Float("rate")) + 1;
            f[0] = sum + rate * rate + (genome.Category("kind") == "c" ? 0 : 1);
        });
        RunResult result = await Solve(problem, 10_000);
        Genome best = result.Best!.Candidate.AsGenome();
        Assert.That(best.Integers.ToArray(), Is.EqualTo(new[] { 0, 2, 4 }));
        Assert.That(best.Category("kind"), Is.EqualTo("c"));
        Assert.That(best.Float("rate"), Is.EqualTo(0.1).Within(0.01));
    }

    [Test]
    public void Start_PermutationSpace_ExplainsWhy()
    {
        var spec = new ProblemSpec { Name = "tour", Space = SearchSpace.Permutation(5) };
        var error = Assert.Throws<ArgumentException>(() => new ParticleSwarm().Start(spec, new RunSettings()));
        Assert.That(error!.Message, Does.Contain("Permutation").And.Contain("ga or sa"));
    }

    [Test]
    public void Options_InvalidFields_AllReportedTogether()
    {
        var error = Assert.Throws<Metaheuristics.Validation.OptionsValidationException>(() =>
            new ParticleSwarm(new ParticleSwarmOptions { SwarmSize = 1, Informants = 0, MaxVelocity = -1 }));
        Assert.That(error!.Errors.Select(e => e.Field), Is.EquivalentTo(new[] { "SwarmSize", "Informants", "MaxVelocity" }));
    }
}

using Metaheuristics.Evaluation;
using Metaheuristics.MultiObjective;
using Metaheuristics.Problems;
using Metaheuristics.Problems.MultiObjective;
using Metaheuristics.Running;
using Metaheuristics.Solvers.Nsga2;
using Metaheuristics.Spaces;
using Metaheuristics.Termination;

namespace Metaheuristics.Tests.Solvers.Nsga2;

public sealed class Nsga2Tests
{
    [TestCase("zdt1", 100, CrowdingTruncation.OneShot)]
    [TestCase("zdt1", 1000, CrowdingTruncation.OneShot)]
    [TestCase("dtlz2", 100, CrowdingTruncation.OneShot)]
    [TestCase("dtlz2", 1000, CrowdingTruncation.OneShot)]
    [TestCase("zdt1", 1000, CrowdingTruncation.Iterative)]
    [TestCase("dtlz2", 1000, CrowdingTruncation.Iterative)]
    public async Task Run_SteadyState_AllocatesNothingPerGeneration(string problem, int population, CrowdingTruncation truncation)
    {
        IProblem benchmark = problem == "zdt1" ? new Zdt1() : new Dtlz2(3);
        var options = new Nsga2Options { PopulationSize = population, Truncation = truncation };
        OptimizationRun run = Optimizer.Start(benchmark, new Nsga2Solver(options), new RunSettings
        {
            Seed = 1,
            Termination = Terminate.AfterEvaluations(population * 120L),
            Evaluator = new EvaluatorOptions { MaxDegreeOfParallelism = 1 },
        });
        Assert.That(await SolverRuns.AllocatedFromGeneration20To100(run), Is.Zero, "bytes allocated over 80 generations");
    }

    private static Task<RunResult> Solve(IOptimizationProblem problem, long evaluations, Nsga2Options? options = null, ulong seed = 1, int threads = 1) =>
        SolverRuns.Solve(problem, new Nsga2Solver(options), evaluations, seed, threads);

    [Test]
    public async Task Solve_Zdt1_HypervolumeAbove0_865Within25000Evaluations()
    {
        // The true front's hypervolume against (1.1, 1.1) is 0.87667; pagmo's NSGA-II median at this budget is 0.86954.
        RunResult result = await Solve(new Zdt1(), 25_100);
        double[][] front = [.. result.ParetoSet.Select(s => s.Objectives)];
        Assert.That(result.ParetoSet, Has.Count.EqualTo(100));
        Assert.That(Hypervolume.Compute(front, [1.1, 1.1]), Is.GreaterThan(0.865));
        Assert.That(QualityIndicators.InvertedGenerationalDistancePlus(front, new Zdt1().ReferenceFront()), Is.LessThan(0.01));
    }

    // Kukkonen & Deb's pruning spreads the front more evenly: over 31 seeds its worst ZDT1 run (0.87066) and its
    // median DTLZ2 run (0.70703) beat the one-shot cut's median ones (0.86954, 0.69794), and pagmo's (0.86954, 0.70334).
    // Here the median of seeds 1–11 (pagmo's count) must beat pagmo's median and the one-shot cut's over the same seeds.
    [TestCase("zdt1", 0.86954)]
    [TestCase("dtlz2", 0.70334)]
    public async Task Solve_IterativeTruncation_MedianHypervolumeAbovePagmosAndTheOneShotCuts(string problem, double pagmo)
    {
        bool zdt = problem == "zdt1";
        double[] reference = zdt ? [1.1, 1.1] : [1.1, 1.1, 1.1];
        async Task<double> Median(CrowdingTruncation truncation)
        {
            var volumes = new List<double>();
            for (ulong seed = 1; seed <= 11; seed++)
            {
                IOptimizationProblem benchmark = zdt ? new Zdt1() : new Dtlz2(3, 12);
                RunResult result = await Solve(benchmark, 25_100, new Nsga2Options { Truncation = truncation }, seed);
                volumes.Add(Hypervolume.Compute([.. result.ParetoSet.Select(s => s.Objectives)], reference));
            }
            volumes.Sort();
            return volumes[5];
        }
        double iterative = await Median(CrowdingTruncation.Iterative);
        Assert.That(iterative, Is.GreaterThan(pagmo));
        Assert.That(iterative, Is.GreaterThan(await Median(CrowdingTruncation.OneShot)));
    }

    // ZDT4 and DTLZ1 are the multimodal ones, where the published settings sit nearest pagmo. The thresholds are pagmo's
    // own medians over seeds 1–31 measured on this machine (bench/peers/pagmo_nsga2_quality.cpp): 0.86464 and 0.18167.
    // The tuned preset's 151-seed medians are 0.86713 and 0.18484; over seeds 1–11 they are 0.86558 and 0.18600.
    [TestCase("zdt4", 0.86464)]
    [TestCase("dtlz1", 0.18167)]
    public async Task Solve_TunedPreset_MedianHypervolumeOfElevenSeedsAbovePagmos(string problem, double pagmo)
    {
        bool zdt = problem == "zdt4";
        double[] reference = zdt ? [1.1, 1.1] : [0.6, 0.6, 0.6];
        var volumes = new List<double>();
        for (ulong seed = 1; seed <= 11; seed++)
        {
            IOptimizationProblem benchmark = zdt ? new Zdt4() : new Dtlz1(3, 7);
            RunResult result = await Solve(benchmark, 25_100, Nsga2Options.Tuned, seed);
            volumes.Add(Hypervolume.Compute([.. result.ParetoSet.Select(s => s.Objectives)], reference));
        }
        volumes.Sort();
        Assert.That(volumes[5], Is.GreaterThan(pagmo));
    }

    [Test]
    public void Options_InvalidFields_AllReportedTogether()
    {
        var error = Assert.Throws<Metaheuristics.Validation.OptionsValidationException>(() =>
            new Nsga2Solver(new Nsga2Options { PopulationSize = 2, Truncation = (CrowdingTruncation)7 }));
        Assert.That(error!.Errors.Select(e => e.Field), Is.EquivalentTo(new[] { "PopulationSize", "Truncation" }));
    }

    [Test]
    public async Task Solve_Dtlz2ThreeObjectives_LandsNearTheSphere()
    {
        RunResult result = await Solve(new Dtlz2(3), 25_000);
        foreach (Solution solution in result.ParetoSet)
        {
            Assert.That(Math.Sqrt(solution.Objectives.Sum(f => f * f)), Is.EqualTo(1).Within(0.05));
        }
    }

    [Test]
    public async Task Solve_SameSeedOneVersusTwoThreads_IdenticalFront()
    {
        RunResult one = await Solve(new Zdt3(), 5_000, seed: 5, threads: 1);
        RunResult two = await Solve(new Zdt3(), 5_000, seed: 5, threads: 2);
        Assert.That(two.ParetoSet.Select(s => s.Objectives), Is.EqualTo(one.ParetoSet.Select(s => s.Objectives)));
    }

    [Test]
    public async Task Solve_Constrained_FeasiblePointsAlwaysPreferred()
    {
        // Binh–Korn-like: minimize (x², y²) subject to x + y >= 1: the front is the segment x + y = 1, x, y >= 0.
        var spec = new ProblemSpec
        {
            Name = "constrained",
            Space = SearchSpace.Real(2, -2, 2),
            Objectives = [ObjectiveSpec.Minimize("f1"), ObjectiveSpec.Minimize("f2")],
            InequalityCount = 1,
        };
        IProblem problem = Problem.Create(spec, (genome, f, g) =>
        {
            f[0] = genome[0] * genome[0];
            f[1] = genome[1] * genome[1];
            g[0] = 1 - genome[0] - genome[1];
        });
        RunResult result = await Solve(problem, 10_000);
        Assert.That(result.ParetoSet, Is.Not.Empty);
        foreach (Solution solution in result.ParetoSet)
        {
            Assert.That(solution.IsFeasible, Is.True);
            Assert.That(solution.Candidate.Reals[0] + solution.Candidate.Reals[1], Is.EqualTo(1).Within(0.05));
        }
    }

    [Test]
    public async Task Solve_WithArchive_ReportsAtLeastTheFinalFront()
    {
        RunResult population = await Solve(new Zdt2(), 5_000);
        RunResult archive = await Solve(new Zdt2(), 5_000, new Nsga2Options { UseArchive = true });
        double[] reference = [1.1, 1.1];
        Assert.That(Hypervolume.Compute([.. archive.ParetoSet.Select(s => s.Objectives)], reference),
            Is.GreaterThanOrEqualTo(Hypervolume.Compute([.. population.ParetoSet.Select(s => s.Objectives)], reference)));
    }
}

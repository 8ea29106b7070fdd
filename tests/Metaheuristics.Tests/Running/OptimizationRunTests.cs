using Metaheuristics.Evaluation;
using Metaheuristics.Problems;
using Metaheuristics.Running;
using Metaheuristics.Solvers.RandomSearch;
using Metaheuristics.Spaces;
using Metaheuristics.Termination;

namespace Metaheuristics.Tests.Running;

public sealed class OptimizationRunTests
{
    private static RunSettings Settings(long evaluations, ulong seed = 3, int threads = 1) => new()
    {
        Seed = seed,
        Termination = Terminate.AfterEvaluations(evaluations),
        Evaluator = new EvaluatorOptions { MaxDegreeOfParallelism = threads },
    };

    [TestCase(1050, 100)]
    [TestCase(7, 100)]
    [TestCase(300, 100)]
    public async Task Solve_BudgetNotAMultipleOfTheBatch_UsesExactlyTheBudget(long budget, int batch)
    {
        int calls = 0;
        IProblem problem = Problem.Minimize(SearchSpace.Real(2, -1, 1), x =>
        {
            Interlocked.Increment(ref calls);
            return x[0];
        });
        RunResult result = await Optimizer.SolveAsync(problem, new RandomSearchSolver(new RandomSearchOptions { BatchSize = batch }), Settings(budget));
        Assert.That(result.Evaluations, Is.EqualTo(budget));
        Assert.That(calls, Is.EqualTo(budget));
        Assert.That(result.TerminationReason, Is.EqualTo(TerminationReason.MaxEvaluations));
        Assert.That(result.History[^1].Evaluations, Is.EqualTo(budget));
    }

    [Test]
    public async Task Solve_RandomSearchOnSphere2_ReachesNearTheOptimum()
    {
        // With 20,000 uniform draws in [-5.12, 5.12]², the expected best squared radius is about 0.0017.
        IProblem problem = Problem.Minimize(SearchSpace.Real(2, -5.12, 5.12), x => x[0] * x[0] + x[1] * x[1]);
        RunResult result = await Optimizer.SolveAsync(problem, new RandomSearchSolver(), Settings(20_000));
        Assert.That(result.Best!.Objectives[0], Is.LessThan(0.02));
        Assert.That(result.Best.Candidate.Reals[0], Is.EqualTo(0).Within(0.15));
    }

    [Test]
    public async Task Solve_SameSeedOneVersusFourThreads_IdenticalResults()
    {
        IProblem problem = TestProblems.Sphere(6);
        RunResult one = await Optimizer.SolveAsync(problem, new RandomSearchSolver(), Settings(5_000, threads: 1));
        RunResult four = await Optimizer.SolveAsync(problem, new RandomSearchSolver(), Settings(5_000, threads: 4) with
        {
            Evaluator = new EvaluatorOptions { MaxDegreeOfParallelism = 4, MinimumWorkPerTask = TimeSpan.FromTicks(1) },
        });
        Assert.That(four.Best!.Candidate.Reals, Is.EqualTo(one.Best!.Candidate.Reals));
        Assert.That(four.Best.Objectives, Is.EqualTo(one.Best.Objectives));
        Assert.That(four.Best.Candidate.Id, Is.EqualTo(one.Best.Candidate.Id));
        Assert.That(four.History.Select(h => h.BestObjective), Is.EqualTo(one.History.Select(h => h.BestObjective)));
    }

    [Test]
    public async Task Solve_DifferentSeeds_DifferentResults()
    {
        IProblem problem = TestProblems.Sphere(6);
        RunResult a = await Optimizer.SolveAsync(problem, new RandomSearchSolver(), Settings(1_000, seed: 1));
        RunResult b = await Optimizer.SolveAsync(problem, new RandomSearchSolver(), Settings(1_000, seed: 2));
        Assert.That(a.Best!.Objectives[0], Is.Not.EqualTo(b.Best!.Objectives[0]));
    }

    [Test]
    public async Task Solve_ThrowingAndNaNObjectives_RunCompletesAndCountsFailures()
    {
        foreach (bool throwException in new[] { true, false })
        {
            IProblem problem = TestProblems.FailingAbove(0.0, throwException);
            RunResult result = await Optimizer.SolveAsync(problem, new RandomSearchSolver(), Settings(2_000, threads: 2));
            Assert.That(result.TerminationReason, Is.EqualTo(TerminationReason.MaxEvaluations));
            Assert.That(result.Evaluations, Is.EqualTo(2_000));
            Assert.That(result.FailedEvaluations, Is.InRange(800, 1200), "about half the rows have x0 > 0");
            Assert.That(result.Best!.Candidate.Reals[0], Is.LessThanOrEqualTo(0));
        }
    }

    [Test]
    public async Task Solve_FailFast_StopsWithTheMessageAndKeepsTheBestSoFar()
    {
        IProblem problem = TestProblems.FailingAbove(0.99, throwException: true);
        RunResult result = await Optimizer.SolveAsync(problem, new RandomSearchSolver(), Settings(100_000) with
        {
            Evaluator = new EvaluatorOptions { MaxDegreeOfParallelism = 1, FailurePolicy = FailurePolicy.Stop },
        });
        Assert.That(result.TerminationReason, Is.EqualTo(TerminationReason.EvaluationFailed));
        Assert.That(result.FailureMessage, Does.Contain("boom"));
        Assert.That(result.Evaluations, Is.LessThan(100_000));
        Assert.That(result.Best, Is.Not.Null);
    }

    [Test]
    public async Task Solve_AsyncProblemWithTimeouts_RunCompletesAndCountsThem()
    {
        var spec = new ProblemSpec { Name = "async", Space = SearchSpace.Real(1, 0, 1) };
        IAsyncProblem problem = Problem.CreateAsync(spec, async (candidate, token) =>
        {
            if (candidate.Reals[0] > 0.95)
            {
                await Task.Delay(Timeout.Infinite, token);
            }
            return EvaluationResult.Of(candidate.Reals[0]);
        });
        RunResult result = await Optimizer.SolveAsync(problem, new RandomSearchSolver(new RandomSearchOptions { BatchSize = 50 }), Settings(200) with
        {
            Evaluator = new EvaluatorOptions { MaxConcurrency = 16, Timeout = TimeSpan.FromMilliseconds(50) },
        });
        Assert.That(result.Evaluations, Is.EqualTo(200));
        Assert.That(result.FailedEvaluations, Is.InRange(1, 30));
        Assert.That(result.Best!.Objectives[0], Is.LessThan(0.05));
    }

    [Test]
    public async Task Solve_CancelledAfterSomeGenerations_ReturnsBestSoFarFlaggedCancelled()
    {
        using var cancellation = new CancellationTokenSource();
        IProblem problem = TestProblems.Sphere(3);
        var settings = Settings(1_000_000) with { Progress = new SynchronousProgress(report => { if (report.Generation == 3) cancellation.Cancel(); }) };
        RunResult result = await Optimizer.SolveAsync(problem, new RandomSearchSolver(), settings, cancellation.Token);
        Assert.That(result.WasCancelled, Is.True);
        Assert.That(result.Evaluations, Is.EqualTo(300));
        Assert.That(result.Best, Is.Not.Null);
        Assert.That(result.Best!.Objectives[0], Is.EqualTo(result.History[^1].BestObjective));
    }

    [Test]
    public async Task Solve_MaximizedObjective_ReportedInTheUsersSense()
    {
        IProblem problem = Problem.Maximize(SearchSpace.Real(1, 0, 2), x => x[0] * (2 - x[0]));
        RunResult result = await Optimizer.SolveAsync(problem, new RandomSearchSolver(), Settings(2_000) with
        {
            Termination = Terminate.WhenAny(Terminate.AfterEvaluations(100_000), Terminate.AtTarget(0.9999)),
        });
        Assert.That(result.TerminationReason, Is.EqualTo(TerminationReason.TargetReached));
        Assert.That(result.Best!.Objectives[0], Is.GreaterThanOrEqualTo(0.9999).And.LessThanOrEqualTo(1));
    }

    [Test]
    public async Task Solve_Constraints_PrefersFeasibleCandidates()
    {
        // Minimize x + y subject to x + y >= 1 (g = 1 - x - y <= 0): the optimum is 1 on the line.
        var spec = new ProblemSpec { Name = "line", Space = SearchSpace.Real(2, 0, 1), InequalityCount = 1 };
        IProblem problem = Problem.Create(spec, (genome, f, g) =>
        {
            f[0] = genome[0] + genome[1];
            g[0] = 1 - genome[0] - genome[1];
        });
        RunResult result = await Optimizer.SolveAsync(problem, new RandomSearchSolver(), Settings(10_000));
        Assert.That(result.Best!.IsFeasible, Is.True);
        Assert.That(result.Best.Objectives[0], Is.EqualTo(1).Within(0.01));
    }

    [Test]
    public async Task Solve_MultiObjective_ParetoSetIsMutuallyNonDominated()
    {
        var spec = new ProblemSpec
        {
            Name = "schaffer",
            Space = SearchSpace.Real(1, -2, 4),
            Objectives = [ObjectiveSpec.Minimize("f1"), ObjectiveSpec.Minimize("f2")],
        };
        IProblem problem = Problem.Create(spec, (genome, f, _) =>
        {
            f[0] = genome[0] * genome[0];
            f[1] = (genome[0] - 2) * (genome[0] - 2);
        });
        RunResult result = await Optimizer.SolveAsync(problem, new RandomSearchSolver(), Settings(3_000));
        Assert.That(result.ParetoSet.Count, Is.GreaterThan(50));
        foreach (Solution a in result.ParetoSet)
        {
            Assert.That(a.Candidate.Reals[0], Is.InRange(0, 2), "Schaffer's Pareto set is x in [0, 2]");
            foreach (Solution b in result.ParetoSet)
            {
                Assert.That(Metaheuristics.MultiObjective.Dominance.Dominates(a.Objectives, b.Objectives), Is.False);
            }
        }
    }

    [Test]
    public async Task Solve_GenerationLimitAndTimeLimit_StopWithTheirReason()
    {
        IProblem problem = TestProblems.Sphere(2);
        RunResult byGenerations = await Optimizer.SolveAsync(problem, new RandomSearchSolver(), Settings(1) with { Termination = Terminate.AfterGenerations(4) });
        Assert.That(byGenerations.TerminationReason, Is.EqualTo(TerminationReason.MaxGenerations));
        Assert.That(byGenerations.Evaluations, Is.EqualTo(400));

        RunResult byTime = await Optimizer.SolveAsync(problem, new RandomSearchSolver(), Settings(1) with
        {
            Termination = Terminate.After(TimeSpan.FromSeconds(10)),
            TimeProvider = new SteppingTimeProvider(TimeSpan.FromSeconds(1)),
        });
        Assert.That(byTime.TerminationReason, Is.EqualTo(TerminationReason.TimeLimit));
        Assert.That(byTime.Generations, Is.InRange(4, 10));
    }

    [Test]
    public async Task Solve_Stagnation_StopsWhenTheBestStopsImproving()
    {
        IProblem problem = Problem.Minimize(SearchSpace.Real(1, 0, 1), x => Math.Round(x[0]));
        RunResult result = await Optimizer.SolveAsync(problem, new RandomSearchSolver(), Settings(1) with
        {
            Termination = Terminate.WhenAny(Terminate.OnStagnation(5), Terminate.AfterEvaluations(100_000)),
        });
        Assert.That(result.TerminationReason, Is.EqualTo(TerminationReason.Stagnation));
        Assert.That(result.Generations, Is.EqualTo(6), "the first generation finds f = 0, five more find nothing better");
    }

    [Test]
    public void Start_InvalidSettings_ErrorListsEveryBadField()
    {
        var settings = new RunSettings { Evaluator = new EvaluatorOptions { MaxDegreeOfParallelism = 0, Timeout = TimeSpan.FromSeconds(-1) } };
        var error = Assert.Throws<Metaheuristics.Validation.OptionsValidationException>(() => Optimizer.Start(TestProblems.Sphere(), new RandomSearchSolver(), settings));
        Assert.That(error!.Message, Does.Contain("MaxDegreeOfParallelism = 0").And.Contain("Timeout = -00:00:01"));
    }

    [Test]
    public async Task RunAsync_StreamsOneReportPerGeneration()
    {
        OptimizationRun run = Optimizer.Start(TestProblems.Sphere(), new RandomSearchSolver(new RandomSearchOptions { BatchSize = 10 }), Settings(95));
        var reports = new List<GenerationReport>();
        await foreach (GenerationReport report in run.RunAsync())
        {
            reports.Add(report);
        }
        Assert.That(reports.Select(r => r.Evaluations), Is.EqualTo(new long[] { 10, 20, 30, 40, 50, 60, 70, 80, 90, 95 }));
        Assert.That(reports, Is.SupersetOf(run.Result.History));
        Assert.That(run.Result.History[^1], Is.EqualTo(reports[^1]));
    }

    [Test]
    public async Task Solve_OneEvaluationPerGeneration_HistoryKeepsOnePerIntervalWithTheBestSoFar()
    {
        var reports = new List<GenerationReport>();
        var settings = Settings(10_000) with { HistoryInterval = 500, Progress = new SynchronousProgress(reports.Add) };
        RunResult result = await Optimizer.SolveAsync(TestProblems.Sphere(3), new RandomSearchSolver(new RandomSearchOptions { BatchSize = 1 }), settings);
        Assert.That(reports, Has.Count.EqualTo(10_000));
        Assert.That(result.History.Select(h => h.Evaluations), Is.EqualTo(KeptEvaluations(10_000, 500)));
        foreach (GenerationReport kept in result.History)
        {
            // Each kept report is the streamed one, so it carries the best found up to it.
            Assert.That(kept, Is.EqualTo(reports[(int)kept.Evaluations - 1]));
        }
    }

    [TestCase(10_000, 10)]
    [TestCase(300, 1)]
    public async Task Solve_DefaultHistoryInterval_IsAThousandthOfTheBudget(long budget, long interval)
    {
        RunResult result = await Optimizer.SolveAsync(TestProblems.Sphere(3), new RandomSearchSolver(new RandomSearchOptions { BatchSize = 1 }), Settings(budget));
        Assert.That(result.History.Select(h => h.Evaluations), Is.EqualTo(KeptEvaluations(budget, interval)));
    }

    /// <summary>What a batch-of-one run's history keeps: evaluation 1, then one every <paramref name="interval"/>, and the last.</summary>
    private static List<long> KeptEvaluations(long budget, long interval)
    {
        var kept = new List<long>();
        for (long evaluations = 1; evaluations < budget; evaluations += interval)
        {
            kept.Add(evaluations);
        }
        kept.Add(budget);
        return kept;
    }

    private sealed class SynchronousProgress(Action<GenerationReport> onReport) : IProgress<GenerationReport>
    {
        public void Report(GenerationReport value) => onReport(value);
    }
}

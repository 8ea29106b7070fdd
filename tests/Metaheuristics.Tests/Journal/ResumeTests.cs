using Metaheuristics.Evaluation;
using Metaheuristics.Journal;
using Metaheuristics.Problems;
using Metaheuristics.Running;
using Metaheuristics.Solvers;
using Metaheuristics.Solvers.Annealing;
using Metaheuristics.Solvers.Differential;
using Metaheuristics.Solvers.Genetic;
using Metaheuristics.Solvers.Nsga2;
using Metaheuristics.Solvers.Swarm;
using Metaheuristics.Termination;

namespace Metaheuristics.Tests.Journal;

public sealed class ResumeTests
{
    private const long Budget = 6_000;

    private static IEnumerable<TestCaseData> Runs()
    {
        yield return new TestCaseData("ga", "rastrigin", new GeneticAlgorithm()).SetName("Resume_GeneticAlgorithmOnRastrigin_EqualsUninterruptedRun");
        yield return new TestCaseData("nsga2", "zdt1", new Nsga2Solver()).SetName("Resume_Nsga2OnZdt1_EqualsUninterruptedRun");
        yield return new TestCaseData("pso", "rosenbrock", new ParticleSwarm()).SetName("Resume_ParticleSwarmOnRosenbrock_EqualsUninterruptedRun");
        yield return new TestCaseData("sa", "berlin52", new SimulatedAnnealing()).SetName("Resume_SimulatedAnnealingOnBerlin52_EqualsUninterruptedRun");
        yield return new TestCaseData("de", "cec2006-g06", new DifferentialEvolution()).SetName("Resume_DifferentialEvolutionOnConstrainedG06_EqualsUninterruptedRun");
    }

    private static RunSettings Settings(ulong seed = 5, IRunJournal? journal = null, int threads = 1) => new()
    {
        Seed = seed,
        Termination = Terminate.AfterEvaluations(Budget),
        Evaluator = new EvaluatorOptions { MaxDegreeOfParallelism = threads, MinimumWorkPerTask = TimeSpan.FromTicks(1) },
        Journal = journal,
        Checkpoints = new CheckpointPolicy { EveryGenerations = 7, MinimumEvaluations = 0, Interval = null },
    };

    /// <summary>Runs until <paramref name="crashAfter"/> generations and abandons the run mid-way, as a killed process would.</summary>
    private static async Task<MemoryRunJournal> CrashedRun(IOptimizationProblem problem, ISolver solver, int crashAfter)
    {
        var journal = new MemoryRunJournal();
        OptimizationRun run = Optimizer.Start(problem, solver, Settings(journal: journal));
        await foreach (GenerationReport report in run.RunAsync())
        {
            if (report.Generation == crashAfter)
            {
                break;
            }
        }
        Assert.That(journal.Result, Is.Null, "an abandoned run must not have completed its journal");
        return journal;
    }

    [Test]
    public async Task Journal_OneEvaluationPerGeneration_DefaultPolicyCheckpointsEveryThousandEvaluations()
    {
        // Single-chain annealing scores one candidate per generation: "every 10 generations" alone would commit 600 times.
        var journal = new MemoryRunJournal();
        RunResult result = await Optimizer.SolveAsync(Metaheuristics.Problems.KnownProblems.Create("berlin52"), new SimulatedAnnealing(),
            Settings(journal: journal) with { Checkpoints = new CheckpointPolicy { Interval = null } });
        Assert.That(result.Generations, Is.EqualTo(Budget));
        Assert.That(journal.Checkpoints.Select(c => c.Evaluations), Is.EqualTo(new long[] { 1_000, 2_000, 3_000, 4_000, 5_000, 6_000, 6_000 }),
            "the last generation joins the history after the loop, and its row is made durable by one more checkpoint");
        Assert.That(journal.Generations, Is.EqualTo(result.History), "the journal keeps the history's generations");
    }

    [TestCaseSource(nameof(Runs))]
    public async Task Resume_AfterCrash_EqualsUninterruptedRun(string solverId, string problemId, ISolver solver)
    {
        IOptimizationProblem problem = Metaheuristics.Problems.KnownProblems.Create(problemId, new Metaheuristics.Problems.ProblemParameters(problemId is "rastrigin" or "rosenbrock" ? 10 : null, null));
        RunResult uninterrupted = await Optimizer.SolveAsync(problem, solver, Settings());

        MemoryRunJournal crashed = await CrashedRun(problem, solver, crashAfter: uninterrupted.Generations / 2 + 3);
        Assert.That(crashed.Checkpointed, Is.Not.Empty, "the crashed run checkpointed nothing: the test would not test replay");
        long replayable = crashed.Checkpointed.Sum(b => (long)b.Count);

        var resumedJournal = new MemoryRunJournal(crashed.Checkpointed);
        RunResult resumed = await Optimizer.SolveAsync(problem, solver, Settings(journal: resumedJournal, threads: 2));

        Assert.Multiple(() =>
        {
            Assert.That(resumed.ReplayedEvaluations, Is.EqualTo(replayable), solverId);
            RunComparison.AssertSameOutcome(resumed, uninterrupted);
            Assert.That(resumedJournal.Result, Is.SameAs(resumed), "the resumed run completes its journal");
            Assert.That(resumedJournal.Checkpointed.Sum(b => (long)b.Count), Is.EqualTo(uninterrupted.Evaluations),
                "after the resumed run the journal holds every evaluation once");
        });
    }

    [Test]
    public async Task Resume_AfterCancellation_EqualsUninterruptedRun()
    {
        IOptimizationProblem problem = Metaheuristics.Problems.KnownProblems.Create("zdt2");
        var solver = new Nsga2Solver();
        RunResult uninterrupted = await Optimizer.SolveAsync(problem, solver, Settings());

        var journal = new MemoryRunJournal();
        using var cancellation = new CancellationTokenSource();
        OptimizationRun run = Optimizer.Start(problem, solver, Settings(journal: journal));
        await foreach (GenerationReport report in run.RunAsync(cancellation.Token))
        {
            if (report.Generation == 11)
            {
                await cancellation.CancelAsync();
            }
        }
        Assert.That(run.Result.TerminationReason, Is.EqualTo(TerminationReason.Cancelled));
        Assert.That(journal.Checkpointed.Sum(b => (long)b.Count), Is.EqualTo(run.Result.Evaluations), "a cancelled run checkpoints all it evaluated");

        RunResult resumed = await Optimizer.SolveAsync(problem, solver, Settings(journal: new MemoryRunJournal(journal.Checkpointed)));
        Assert.That(resumed.ReplayedEvaluations, Is.EqualTo(run.Result.Evaluations));
        RunComparison.AssertSameOutcome(resumed, uninterrupted);
    }

    [Test]
    public async Task Resume_FailedEvaluations_AreReplayedWithTheirMessages()
    {
        IProblem problem = TestProblems.FailingAbove(0.5, throwException: true);
        var solver = new GeneticAlgorithm();
        RunResult uninterrupted = await Optimizer.SolveAsync(problem, solver, Settings());
        Assert.That(uninterrupted.FailedEvaluations, Is.GreaterThan(0), "the problem must fail some evaluations for this test to mean anything");

        MemoryRunJournal crashed = await CrashedRun(problem, solver, crashAfter: 40);
        RunResult resumed = await Optimizer.SolveAsync(problem, solver, Settings(journal: new MemoryRunJournal(crashed.Checkpointed)));

        RunComparison.AssertSameOutcome(resumed, uninterrupted);
        Assert.That(resumed.Failures.Select(f => (f.Candidate.Id, f.Reason)), Is.EqualTo(uninterrupted.Failures.Select(f => (f.Candidate.Id, f.Reason))));
    }

    [Test]
    public async Task Resume_WithAnotherSeed_FailsNamingTheBatch()
    {
        IOptimizationProblem problem = Metaheuristics.Problems.KnownProblems.Create("zdt1");
        MemoryRunJournal crashed = await CrashedRun(problem, new Nsga2Solver(), crashAfter: 20);

        var exception = Assert.ThrowsAsync<JournalReplayException>(() =>
            Optimizer.SolveAsync(problem, new Nsga2Solver(), Settings(seed: 6, journal: new MemoryRunJournal(crashed.Checkpointed))));
        Assert.That(exception!.BatchIndex, Is.Zero);
        Assert.That(exception.Message, Does.Contain("recorded batch 1").And.Contain("fingerprints differ"));
    }

    [Test]
    public async Task Journal_DoesNotChangeTheRun_AndCheckpointsOnSchedule()
    {
        IOptimizationProblem problem = Metaheuristics.Problems.KnownProblems.Create("zdt1");
        RunResult plain = await Optimizer.SolveAsync(problem, new Nsga2Solver(), Settings());
        var journal = new MemoryRunJournal(recordGenomes: true);
        RunResult journaled = await Optimizer.SolveAsync(problem, new Nsga2Solver(), Settings(journal: journal));

        RunComparison.AssertSameOutcome(journaled, plain);
        Assert.Multiple(() =>
        {
            // 60 generations of 100, a checkpoint every 7 and one at the end.
            Assert.That(journal.Checkpoints.Select(c => c.Generation), Is.EqualTo(new[] { 7, 14, 21, 28, 35, 42, 49, 56, 60 }));
            Assert.That(journal.Generations.Select(g => g.Generation), Is.EqualTo(Enumerable.Range(1, 60)));
            Assert.That(journal.Checkpointed.Select(b => b.Index), Is.EqualTo(Enumerable.Range(0, 60)));
            Assert.That(journal.Checkpointed.All(b => b.HasGenomes && b.Reals.Length == b.Count * 30), Is.True);
            Assert.That(journal.Checkpointed[1].FirstId, Is.EqualTo(100));
        });
    }
}

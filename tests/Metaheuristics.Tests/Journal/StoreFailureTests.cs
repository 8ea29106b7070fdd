using Metaheuristics.Journal;
using Metaheuristics.Problems;
using Metaheuristics.Running;
using Metaheuristics.Solvers.Nsga2;
using Metaheuristics.Termination;

namespace Metaheuristics.Tests.Journal;

public sealed class StoreFailureTests
{
    /// <summary>A journal whose disk fills up at its <paramref name="failAt"/>-th checkpoint.</summary>
    private sealed class DiskFullJournal(int failAt) : IRunJournal
    {
        private int _checkpoints;

        public IReadOnlyList<JournaledBatch> Recorded => [];

        public bool RecordsGenomes => false;

        public int Appended { get; private set; }

        public bool Completed { get; private set; }

        public void Append(JournaledBatch batch) => Appended++;

        public void AppendGeneration(in GenerationReport report)
        {
        }

        public ValueTask CheckpointAsync(RunCheckpoint checkpoint, CancellationToken cancellationToken) =>
            ++_checkpoints == failAt ? throw new IOException("No space left on device") : ValueTask.CompletedTask;

        public ValueTask CompleteAsync(RunResult result, CancellationToken cancellationToken)
        {
            Completed = true;
            return ValueTask.CompletedTask;
        }
    }

    private static RunSettings Settings(IRunJournal journal, StoreFailurePolicy policy) => new()
    {
        Seed = 3,
        Termination = Terminate.AfterEvaluations(5_000),
        Journal = journal,
        Checkpoints = new CheckpointPolicy { EveryGenerations = 5, MinimumEvaluations = 0, Interval = null },
        StoreFailurePolicy = policy,
    };

    [Test]
    public async Task StoreFails_PolicyContinue_RunEndsAsWithoutStoreAndSaysWhy()
    {
        IOptimizationProblem problem = Metaheuristics.Problems.KnownProblems.Create("zdt1");
        RunResult plain = await Optimizer.SolveAsync(problem, new Nsga2Solver(), new RunSettings { Seed = 3, Termination = Terminate.AfterEvaluations(5_000) });
        var journal = new DiskFullJournal(failAt: 2);

        RunResult result = await Optimizer.SolveAsync(problem, new Nsga2Solver(), Settings(journal, StoreFailurePolicy.Continue));

        RunComparison.AssertSameOutcome(result, plain);
        Assert.That(result.StoreFailure, Is.EqualTo("No space left on device"));
        Assert.That(journal.Appended, Is.EqualTo(10), "after the failure the journal is no longer used");
        Assert.That(journal.Completed, Is.False);
    }

    [Test]
    public async Task StoreFails_PolicyStop_RunStopsCleanlyWithTheBestSoFar()
    {
        IOptimizationProblem problem = Metaheuristics.Problems.KnownProblems.Create("zdt1");

        RunResult result = await Optimizer.SolveAsync(problem, new Nsga2Solver(), Settings(new DiskFullJournal(failAt: 2), StoreFailurePolicy.Stop));

        Assert.Multiple(() =>
        {
            Assert.That(result.TerminationReason, Is.EqualTo(TerminationReason.StoreFailed));
            Assert.That(result.StoreFailure, Is.EqualTo("No space left on device"));
            Assert.That(result.Generations, Is.EqualTo(10), "stops at the checkpoint that failed");
            Assert.That(result.ParetoSet, Is.Not.Empty);
        });
    }

    [Test]
    public void CheckpointPolicy_Invalid_NamesEveryField()
    {
        var exception = Assert.Throws<Metaheuristics.Validation.OptionsValidationException>(() =>
            new CheckpointPolicy { EveryGenerations = 0, Interval = TimeSpan.FromSeconds(-1) }.Validate());
        Assert.That(exception!.Message, Does.Contain("EveryGenerations").And.Contain("Interval"));
    }
}

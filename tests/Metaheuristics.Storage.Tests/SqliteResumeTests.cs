using Metaheuristics.Journal;
using Metaheuristics.Problems;
using Metaheuristics.Running;
using Metaheuristics.Solvers;
using Metaheuristics.Solvers.Genetic;
using Metaheuristics.Solvers.Nsga2;
using Metaheuristics.Termination;

namespace Metaheuristics.Storage.Tests;

public sealed class SqliteResumeTests
{
    private static RunSettings Settings(IRunJournal? journal) => new()
    {
        Seed = 9,
        Termination = Terminate.AfterEvaluations(4_000),
        Journal = journal,
        Checkpoints = new CheckpointPolicy { EveryGenerations = 5, MinimumEvaluations = 0, Interval = null },
    };

    private static RunDescription Describe(IOptimizationProblem problem, ISolver solver, bool recordEvaluations = false) => new()
    {
        Problem = problem.Spec.Name,
        Solver = solver.Name,
        Seed = 9,
        Objectives = problem.Spec.ObjectiveCount,
        Settings = """{"budget":4000}""",
        RecordEvaluations = recordEvaluations,
    };

    [TestCase("zdt1", "nsga2")]
    [TestCase("rastrigin", "ga")]
    public async Task Resume_FromTheDatabaseAfterACrash_EqualsUninterruptedRun(string problemId, string solverId)
    {
        IOptimizationProblem problem = KnownProblems.Create(problemId);
        ISolver solver = solverId == "ga" ? new GeneticAlgorithm() : new Nsga2Solver();
        RunResult uninterrupted = await Optimizer.SolveAsync(problem, solver, Settings(null));
        string path = StoreFiles.NewPath();

        long id;
        await using (SqliteRunStore store = SqliteRunStore.Open(path))
        {
            await using IStoredRun journal = await store.CreateRunAsync(Describe(problem, solver), CancellationToken.None);
            id = journal.Id;
            await foreach (GenerationReport report in Optimizer.Start(problem, solver, Settings(journal)).RunAsync())
            {
                if (report.Generation == 17)
                {
                    break; // the process dies: nothing after the checkpoint at generation 15 reaches the file
                }
            }
        }

        await using (SqliteRunStore store = SqliteRunStore.Open(path))
        {
            StoredRunInfo killed = (await store.FindRunAsync(id, CancellationToken.None))!;
            Assert.That(killed.Status, Is.EqualTo(StoredRunStatus.Running));
            Assert.That(killed.Generations, Is.EqualTo(15));
            Assert.That(killed.Checkpoints, Is.EqualTo(3));

            await using IStoredRun reopened = await store.OpenRunAsync(id, CancellationToken.None);
            Assert.That(reopened.Recorded, Has.Count.EqualTo(15));
            RunResult resumed = await Optimizer.SolveAsync(problem, solver, Settings(reopened));
            Assert.That(resumed.ReplayedEvaluations, Is.EqualTo(reopened.Recorded.Sum(b => (long)b.Count)));
            AssertSameOutcome(resumed, uninterrupted);

            StoredRunInfo finished = (await store.FindRunAsync(id, CancellationToken.None))!;
            Assert.Multiple(() =>
            {
                Assert.That(finished.Status, Is.EqualTo(StoredRunStatus.Completed));
                Assert.That(finished.TerminationReason, Is.EqualTo(TerminationReason.MaxEvaluations));
                Assert.That(finished.Evaluations, Is.EqualTo(uninterrupted.Evaluations));
                Assert.That(finished.Generations, Is.EqualTo(uninterrupted.Generations));
                Assert.That(finished.EndedAt, Is.Not.Null);
                Assert.That(finished.Description.Settings, Is.EqualTo("""{"budget":4000}"""));
            });
            IReadOnlyList<StoredGeneration> generations = await store.ReadGenerationsAsync(id, CancellationToken.None);
            Assert.That(generations.Select(g => g.Generation), Is.EqualTo(Enumerable.Range(1, uninterrupted.Generations)),
                "every generation once: the crashed run's unsaved ones were recorded by the resume");
            Assert.That((await store.ReadBatchesAsync(id, CancellationToken.None)).Sum(b => (long)b.Count), Is.EqualTo(uninterrupted.Evaluations));
        }
    }

    [Test]
    public async Task RecordEvaluations_WritesEveryEvaluationWithItsGenome()
    {
        IOptimizationProblem problem = KnownProblems.Create("zdt1");
        var solver = new Nsga2Solver();
        string path = StoreFiles.NewPath();
        RunResult result;
        long id;
        await using (SqliteRunStore store = SqliteRunStore.Open(path))
        {
            await using IStoredRun journal = await store.CreateRunAsync(Describe(problem, solver, recordEvaluations: true), CancellationToken.None);
            id = journal.Id;
            result = await Optimizer.SolveAsync(problem, solver, Settings(journal));
        }

        IReadOnlyList<StoredEvaluation> evaluations;
        await using (SqliteRunStore store = SqliteRunStore.Open(path, new SqliteRunStoreOptions { ReadOnly = true }))
        {
            evaluations = await store.ReadEvaluationsAsync(id, CancellationToken.None);
        }
        Assert.That(evaluations, Has.Count.EqualTo(4_000));
        Assert.That(evaluations.Select(e => e.CandidateId), Is.EqualTo(Enumerable.Range(0, 4_000).Select(i => (long)i)));
        Solution best = result.ParetoSet[0];
        StoredEvaluation stored = evaluations[(int)best.Candidate.Id];
        Assert.Multiple(() =>
        {
            Assert.That(stored.Reals, Is.EqualTo(best.Candidate.Reals));
            Assert.That(stored.Objectives, Is.EqualTo(best.Objectives));
            Assert.That(stored.Status, Is.EqualTo(Populations.RowStatus.Evaluated));
            Assert.That(stored.BatchSeconds, Is.GreaterThanOrEqualTo(0));
        });
    }

    [Test]
    public async Task Runs_SharingOneStoreAtOnce_AreEachRecordedWhole()
    {
        // The store's one writer interleaves the runs' checkpoints; each run must still read back as it ran.
        (IOptimizationProblem Problem, ISolver Solver)[] runs =
            [(KnownProblems.Create("zdt1"), new Nsga2Solver()), (KnownProblems.Create("rastrigin"), new GeneticAlgorithm()),
             (KnownProblems.Create("zdt2"), new Nsga2Solver())];
        RunResult[] uninterrupted = await Task.WhenAll(runs.Select(r => Optimizer.SolveAsync(r.Problem, r.Solver, Settings(null))));
        await using SqliteRunStore store = SqliteRunStore.Open(StoreFiles.NewPath());
        var journals = new IStoredRun[runs.Length];
        for (int i = 0; i < runs.Length; i++)
        {
            journals[i] = await store.CreateRunAsync(Describe(runs[i].Problem, runs[i].Solver), CancellationToken.None);
        }

        RunResult[] stored = await Task.WhenAll(runs.Select((r, i) => Task.Run(() => Optimizer.SolveAsync(r.Problem, r.Solver, Settings(journals[i])))));
        foreach (IStoredRun journal in journals)
        {
            await journal.DisposeAsync();
        }

        for (int i = 0; i < runs.Length; i++)
        {
            AssertSameOutcome(stored[i], uninterrupted[i]);
            StoredRunInfo info = (await store.FindRunAsync(journals[i].Id, CancellationToken.None))!;
            IReadOnlyList<JournaledBatch> batches = await store.ReadBatchesAsync(journals[i].Id, CancellationToken.None);
            IReadOnlyList<StoredGeneration> generations = await store.ReadGenerationsAsync(journals[i].Id, CancellationToken.None);
            Assert.Multiple(() =>
            {
                Assert.That(info.Status, Is.EqualTo(StoredRunStatus.Completed), runs[i].Problem.Spec.Name);
                Assert.That(info.Evaluations, Is.EqualTo(uninterrupted[i].Evaluations));
                Assert.That(batches.Select(b => b.Index), Is.EqualTo(Enumerable.Range(0, batches.Count)));
                Assert.That(batches.Sum(b => (long)b.Count), Is.EqualTo(uninterrupted[i].Evaluations));
                Assert.That(generations.Select(g => g.Generation), Is.EqualTo(Enumerable.Range(1, uninterrupted[i].Generations)));
            });
        }
    }

    [Test]
    public async Task Checkpoint_AfterTheStoreWasClosed_FailsNamingTheRun()
    {
        string path = StoreFiles.NewPath();
        SqliteRunStore store = SqliteRunStore.Open(path);
        IStoredRun journal = await store.CreateRunAsync(Describe(KnownProblems.Create("zdt1"), new Nsga2Solver()), CancellationToken.None);
        await store.DisposeAsync();

        var exception = Assert.ThrowsAsync<RunStoreException>(async () =>
            await journal.CheckpointAsync(new RunCheckpoint(0, 1, 100, TimeSpan.Zero), CancellationToken.None));

        Assert.That(exception!.Message, Is.EqualTo($"Run store '{path}': was closed while run {journal.Id} was still writing to it."));
        Assert.That(journal.DisposeAsync().AsTask().Wait(TimeSpan.FromSeconds(10)), Is.True, "disposing the run after its store does not hang");
    }

    [Test]
    public async Task Checkpoint_AfterTheWriterWentToSleep_WakesItAndIsWritten()
    {
        // A busy writer looks for checkpoints every few milliseconds without being woken; an idle one sleeps until a
        // checkpoint wakes it. A lost wake-up would leave the second checkpoint unwritten until the run ends.
        await using SqliteRunStore store = SqliteRunStore.Open(StoreFiles.NewPath());
        await using IStoredRun journal = await store.CreateRunAsync(Describe(KnownProblems.Create("zdt1"), new Nsga2Solver()), CancellationToken.None);

        await journal.CheckpointAsync(new RunCheckpoint(0, 1, 100, TimeSpan.Zero), CancellationToken.None);
        Assert.That(await CheckpointsWithin(store, journal.Id, 1, TimeSpan.FromSeconds(5)), Is.True, "the first checkpoint is written");
        await Task.Delay(StoreWriter.ParkAfter * 4);
        await journal.CheckpointAsync(new RunCheckpoint(0, 2, 200, TimeSpan.Zero), CancellationToken.None);

        Assert.That(await CheckpointsWithin(store, journal.Id, 2, TimeSpan.FromSeconds(5)), Is.True, "the checkpoint after the pause is written");
    }

    private static async Task<bool> CheckpointsWithin(SqliteRunStore store, long id, int expected, TimeSpan timeout)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if ((await store.FindRunAsync(id, CancellationToken.None))!.Checkpoints == expected)
            {
                return true;
            }
            await Task.Delay(5);
        }
        return false;
    }

    private static void AssertSameOutcome(RunResult actual, RunResult expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(actual.Evaluations, Is.EqualTo(expected.Evaluations));
            Assert.That(actual.Generations, Is.EqualTo(expected.Generations));
            Assert.That(actual.Best?.Objectives, Is.EqualTo(expected.Best?.Objectives));
            Assert.That(actual.Best?.Candidate.Reals, Is.EqualTo(expected.Best?.Candidate.Reals));
            Assert.That(actual.ParetoSet.Select(s => s.Candidate.Id), Is.EqualTo(expected.ParetoSet.Select(s => s.Candidate.Id)));
            Assert.That(actual.ParetoSet.SelectMany(s => s.Objectives), Is.EqualTo(expected.ParetoSet.SelectMany(s => s.Objectives)));
        });
    }
}

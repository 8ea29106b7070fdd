using System.Diagnostics;
using Metaheuristics.Journal;
using Metaheuristics.Problems;
using Metaheuristics.Running;
using Metaheuristics.Solvers.Nsga2;
using Metaheuristics.Termination;

namespace Metaheuristics.Storage.Tests;

public sealed class WalCheckpointerTests
{
    [Test]
    public async Task StoreOpen_RunRecorded_LogCopiedIntoTheDatabaseInTheBackground()
    {
        // The store's connections never checkpoint on commit (SQLite's automatic checkpoint waits for 1,000 pages of
        // log, far more than this run writes): while the store stays open, only the background checkpointer can move
        // the run from the log into the database file.
        string path = StoreFiles.NewPath();
        await using SqliteRunStore store = SqliteRunStore.Open(path);
        long emptyLength = new FileInfo(path).Length;
        IOptimizationProblem problem = KnownProblems.Create("zdt1");
        await using (IStoredRun journal = await store.CreateRunAsync(new RunDescription
        {
            Problem = "zdt1",
            Solver = "nsga2",
            Seed = 3,
            Objectives = 2,
            RecordEvaluations = true,
        }, CancellationToken.None))
        {
            await Optimizer.SolveAsync(problem, new Nsga2Solver(), new RunSettings
            {
                Seed = 3,
                Termination = Terminate.AfterEvaluations(3_000),
                Journal = journal,
                Checkpoints = new CheckpointPolicy { EveryGenerations = 5, MinimumEvaluations = 0, Interval = null },
            });
        }
        long logLength = new FileInfo(path + "-wal").Length;
        Assert.That(logLength, Is.GreaterThan(100_000), "the run's evaluations are in the log");

        // The checkpointer runs on a task of its own, at most ten times a second: wait for it.
        var waited = Stopwatch.StartNew();
        while (new FileInfo(path).Length < logLength / 2 && waited.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }
        Assert.That(store.WalCheckpoints, Is.GreaterThan(0));
        Assert.That(new FileInfo(path).Length, Is.GreaterThan(emptyLength + logLength / 2), "database file after the background checkpoint");
    }
}

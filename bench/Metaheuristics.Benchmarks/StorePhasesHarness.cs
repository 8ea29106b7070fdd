using System.Diagnostics;
using Metaheuristics.Evaluation;
using Metaheuristics.Journal;
using Metaheuristics.Problems.MultiObjective;
using Metaheuristics.Running;
using Metaheuristics.Solvers.Nsga2;
using Metaheuristics.Storage;
using Metaheuristics.Termination;

namespace Metaheuristics.Benchmarks;

/// <summary>
/// Where a stored run's extra time goes, phase by phase, beside a storeless run in the same process (in alternating
/// blocks of 20, 160 runs each unless told, after a block of warm-up): creating the run, the solve less its journal
/// calls, the checkpoint calls, the completion (writing the last transaction) and closing the run. NSGA-II on ZDT1, 25,000 evaluations, a checkpoint
/// every 10 generations, as <see cref="RunStoreBenchmarks"/>. BenchmarkDotNet gives the mean; this gives the parts and
/// their tails.
/// </summary>
internal static class StorePhasesHarness
{
    private const int Block = 20;

    /// <summary>A journal that times the calls that may wait for the writer.</summary>
    private sealed class TimedJournal(IStoredRun inner) : IRunJournal
    {
        public double CheckpointMs { get; private set; }

        public double CompleteMs { get; private set; }

        public IReadOnlyList<JournaledBatch> Recorded => inner.Recorded;
        public bool RecordsGenomes => inner.RecordsGenomes;
        public void Append(JournaledBatch batch) => inner.Append(batch);
        public void AppendGeneration(in GenerationReport report) => inner.AppendGeneration(report);
        public async ValueTask CheckpointAsync(RunCheckpoint checkpoint, CancellationToken cancellationToken)
        {
            long t = Stopwatch.GetTimestamp();
            await inner.CheckpointAsync(checkpoint, cancellationToken);
            CheckpointMs += Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }
        public async ValueTask CompleteAsync(RunResult result, CancellationToken cancellationToken)
        {
            long t = Stopwatch.GetTimestamp();
            await inner.CompleteAsync(result, cancellationToken);
            CompleteMs += Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        }
    }

    public static async Task<int> RunAsync(int runs)
    {
        string directory = Path.Combine(Path.GetTempPath(), "mh-store-phases", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        SqliteRunStore store = SqliteRunStore.Open(Path.Combine(directory, "runs.db"));
        var zdt1 = new Zdt1();
        List<double> none = [], create = [], solve = [], checkpoints = [], complete = [], dispose = [], total = [];
        TimeSpan nonePauses = TimeSpan.Zero, storedPauses = TimeSpan.Zero;
        // Blocks of back-to-back runs of each kind, as BenchmarkDotNet runs them: a stored run's background work (the
        // writer, the log's checkpoints) then lands on the next stored run, not on a storeless one. The first block of
        // each kind is the warm-up.
        for (int block = 0; block <= runs / Block; block++)
        {
            if (block > 0 && block % 10 == 0)
            {
                // This machine drifts: both kinds slow down together at times, which only a trend shows.
                Console.WriteLine(FormattableString.Invariant(
                    $"after {block * Block,5} runs each: last 200 storeless {Tail(none):F2} ms, stored {Tail(total):F2} ms, store file {new FileInfo(store.Path).Length / 1e6:F0} MB"));
            }
            for (int i = 0; i < Block; i++)
            {
                TimeSpan paused = GC.GetTotalPauseDuration();
                long t0 = Stopwatch.GetTimestamp();
                await Optimizer.SolveAsync(zdt1, new Nsga2Solver(), Settings(null));
                if (block > 0)
                {
                    none.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                    nonePauses += GC.GetTotalPauseDuration() - paused;
                }
            }
            for (int i = 0; i < Block; i++)
            {
                TimeSpan paused = GC.GetTotalPauseDuration();
                long a = Stopwatch.GetTimestamp();
                IStoredRun run = await store.CreateRunAsync(new RunDescription { Problem = "zdt1", Solver = "nsga2", Seed = 1, Objectives = 2 }, CancellationToken.None);
                long b = Stopwatch.GetTimestamp();
                var timed = new TimedJournal(run);
                await Optimizer.SolveAsync(zdt1, new Nsga2Solver(), Settings(timed));
                long c = Stopwatch.GetTimestamp();
                await run.DisposeAsync();
                long d = Stopwatch.GetTimestamp();
                if (block == 0)
                {
                    continue;
                }
                storedPauses += GC.GetTotalPauseDuration() - paused;
                create.Add(Stopwatch.GetElapsedTime(a, b).TotalMilliseconds);
                solve.Add(Stopwatch.GetElapsedTime(b, c).TotalMilliseconds - timed.CompleteMs - timed.CheckpointMs);
                checkpoints.Add(timed.CheckpointMs);
                complete.Add(timed.CompleteMs);
                dispose.Add(Stopwatch.GetElapsedTime(c, d).TotalMilliseconds);
                total.Add(Stopwatch.GetElapsedTime(a, d).TotalMilliseconds);
            }
        }
        await store.DisposeAsync();
        Directory.Delete(directory, recursive: true);
        Console.WriteLine(FormattableString.Invariant(
            $"gc pauses    storeless {nonePauses.TotalMilliseconds / none.Count:F3}  stored {storedPauses.TotalMilliseconds / total.Count:F3} ms per run"));
        Console.WriteLine(FormattableString.Invariant(
            $"ratio        mean {total.Average() / none.Average():F3}  p50 {Median(total) / Median(none):F3}  (stored run / storeless run)"));
        foreach ((string name, List<double> v) in new[] { ("none", none), ("create", create), ("solve-ex", solve), ("checkpoints", checkpoints), ("complete", complete), ("dispose", dispose), ("total", total) })
        {
            v.Sort();
            Console.WriteLine(FormattableString.Invariant($"{name,-12} mean {v.Average():F3}  p10 {v[v.Count / 10]:F3}  p50 {v[v.Count / 2]:F3}  p90 {v[v.Count * 9 / 10]:F3} ms"));
        }
        return 0;
    }

    private static double Tail(List<double> values) => values.Skip(Math.Max(0, values.Count - 200)).Average();

    private static double Median(List<double> values)
    {
        var sorted = new List<double>(values);
        sorted.Sort();
        return sorted[sorted.Count / 2];
    }

    private static RunSettings Settings(IRunJournal? journal) => new()
    {
        Seed = 1,
        Termination = Terminate.AfterEvaluations(25_000),
        Evaluator = new EvaluatorOptions { MaxDegreeOfParallelism = 1 },
        Journal = journal,
        Checkpoints = new CheckpointPolicy { EveryGenerations = 10 },
    };
}

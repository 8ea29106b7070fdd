using BenchmarkDotNet.Attributes;
using Metaheuristics.Evaluation;
using Metaheuristics.Journal;
using Metaheuristics.Problems;
using Metaheuristics.Problems.MultiObjective;
using Metaheuristics.Running;
using Metaheuristics.Solvers.Nsga2;
using Metaheuristics.Storage;
using Metaheuristics.Termination;

namespace Metaheuristics.Benchmarks;

/// <summary>
/// The cost of recording a run: NSGA-II on ZDT1, 25,000 evaluations, single-threaded, without a store, and with the
/// SQLite store checkpointing every 10 generations (what every <c>mh solve</c> does), and with every evaluation recorded
/// (<c>--record-evaluations</c>). A stored case pays all that recording one more run costs: creating the run, the solve
/// with its journal attached, and completing and closing the run (its last commit). Opening the store file, with its
/// writer's thread and connection, happens once, in the setup, as a suite does; <see cref="OpenCreateClose"/> measures what a
/// lone <c>mh solve</c> pays on top for opening the file itself. <see cref="MemoryJournal"/> separates the journal's
/// cost on the solving thread (capturing each batch, the checkpoint calls) from SQLite's.
/// </summary>
/// <remarks>
/// No iteration setup: with one, BenchmarkDotNet runs a single invocation per iteration, and a solve of tens of
/// milliseconds measured that way came out at more than twice what it takes in a steady process.
/// </remarks>
[MemoryDiagnoser]
public class RunStoreBenchmarks
{
    private const long Evaluations = 25_000;
    private IProblem _zdt1 = null!;
    private string _path = null!;
    private SqliteRunStore _store = null!;

    [GlobalSetup]
    public void Setup()
    {
        _zdt1 = new Zdt1();
        string directory = Path.Combine(Path.GetTempPath(), "mh-bench-store", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        _path = Path.Combine(directory, "runs.db");
        _store = SqliteRunStore.Open(_path);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "no store")]
    public Task<RunResult> NoStore() => Solve(null);

    [Benchmark(Description = "memory journal, checkpoint every 10 generations")]
    public Task<RunResult> MemoryJournal() => Solve(new MemoryRunJournal());

    [Benchmark(Description = "store, checkpoint every 10 generations")]
    public Task<RunResult> Store() => SolveRecorded(recordEvaluations: false);

    [Benchmark(Description = "store + every evaluation recorded")]
    public Task<RunResult> StoreAndEvaluations() => SolveRecorded(recordEvaluations: true);

    [Benchmark(Description = "open store, create run, close (per run)")]
    public async Task<long> OpenCreateClose()
    {
        await using SqliteRunStore store = SqliteRunStore.Open(_path);
        await using IStoredRun journal = await store.CreateRunAsync(Description(false), CancellationToken.None);
        return journal.Id;
    }

    private async Task<RunResult> SolveRecorded(bool recordEvaluations)
    {
        await using IStoredRun journal = await _store.CreateRunAsync(Description(recordEvaluations), CancellationToken.None);
        return await Solve(journal);
    }

    private static RunDescription Description(bool recordEvaluations) => new()
    {
        Problem = "zdt1",
        Solver = "nsga2",
        Seed = 1,
        Objectives = 2,
        RecordEvaluations = recordEvaluations,
    };

    private Task<RunResult> Solve(IRunJournal? journal) =>
        Optimizer.SolveAsync(_zdt1, new Nsga2Solver(), new RunSettings
        {
            Seed = 1,
            Termination = Terminate.AfterEvaluations(Evaluations),
            Evaluator = new EvaluatorOptions { MaxDegreeOfParallelism = 1 },
            Journal = journal,
            Checkpoints = new CheckpointPolicy { EveryGenerations = 10 },
        });
}

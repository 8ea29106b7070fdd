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
/// The cost of recording a run: NSGA-II on ZDT1, 25,000 evaluations, single-threaded, without a store, with the SQLite
/// store checkpointing every 10 generations (what every <c>mh solve</c> does), and with every evaluation recorded
/// (<c>--record-evaluations</c>). The solve is measured with the run's journal attached; opening the store and creating
/// the run happen before it, and closing it (SQLite's WAL checkpoint into the file) after it, outside the measurement:
/// <see cref="OpenCreateClose"/> measures those once-per-run costs on their own.
/// </summary>
[MemoryDiagnoser]
public class RunStoreBenchmarks
{
    private const long Evaluations = 25_000;
    private IProblem _zdt1 = null!;
    private string _path = null!;
    private SqliteRunStore? _store;
    private IStoredRun? _journal;

    [GlobalSetup]
    public void Setup()
    {
        _zdt1 = new Zdt1();
        string directory = Path.Combine(Path.GetTempPath(), "mh-bench-store", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        _path = Path.Combine(directory, "runs.db");
        SqliteRunStore.Open(_path).DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    // An iteration setup makes BenchmarkDotNet run one invocation per iteration; the baseline gets the same regime, so
    // that the ratio compares the solves and not the two ways of measuring them.
    [IterationSetup(Targets = [nameof(NoStore)])]
    public void NothingToCreate()
    {
    }

    [IterationSetup(Targets = [nameof(Store)])]
    public void CreateRun() => Create(recordEvaluations: false);

    [IterationSetup(Targets = [nameof(StoreAndEvaluations)])]
    public void CreateRecordingRun() => Create(recordEvaluations: true);

    [IterationCleanup(Targets = [nameof(Store), nameof(StoreAndEvaluations)])]
    public void CloseRun()
    {
        _journal!.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _store!.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "no store")]
    public Task<RunResult> NoStore() => Solve(null);

    [Benchmark(Description = "store, checkpoint every 10 generations")]
    public Task<RunResult> Store() => Solve(_journal);

    [Benchmark(Description = "store + every evaluation recorded")]
    public Task<RunResult> StoreAndEvaluations() => Solve(_journal);

    [Benchmark(Description = "open store, create run, close (per run)")]
    public async Task<long> OpenCreateClose()
    {
        await using SqliteRunStore store = SqliteRunStore.Open(_path);
        await using IStoredRun journal = await store.CreateRunAsync(Description(false), CancellationToken.None);
        return journal.Id;
    }

    private void Create(bool recordEvaluations)
    {
        _store = SqliteRunStore.Open(_path);
        _journal = _store.CreateRunAsync(Description(recordEvaluations), CancellationToken.None).AsTask().GetAwaiter().GetResult();
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

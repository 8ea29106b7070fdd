using System.Diagnostics;
using Metaheuristics.Populations;
using Metaheuristics.Problems;

namespace Metaheuristics.Evaluation;

/// <summary>
/// Scores a batch of a thread-safe synchronous problem across cores: contiguous chunks of rows, each worth at least
/// <see cref="EvaluatorOptions.MinimumWorkPerTask"/> of measured work, claimed by the calling thread and up to
/// (degree of parallelism − 1) thread-pool workers. A batch too cheap to gain runs serially.
/// </summary>
/// <remarks>
/// One reusable work item per batch and no task or closure per row, so dispatch allocates nothing in steady state
/// (the ImageSharp ParallelRowIterator pattern). Which thread scores a row never changes its result, so results do not
/// depend on the number of cores.
/// </remarks>
public sealed class ParallelEvaluator : IEvaluator
{
    private const int MaxProbeRows = 4;
    private const int SerialBatchesPerMeasurement = 16;

    private readonly IProblem _problem;
    private readonly RowScorer _scorer;
    private readonly FailurePolicy _failurePolicy;
    private readonly int _degreeOfParallelism;
    private readonly double _minimumWorkTicks;
    private readonly List<ChunkWork> _works = [];
    private double _ticksPerRow = -1;
    private long _serialBatches;

    /// <summary>Creates a parallel evaluator for <paramref name="problem"/>.</summary>
    public ParallelEvaluator(IProblem problem, EvaluatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new EvaluatorOptions();
        options.Validate();
        _problem = problem;
        _scorer = new RowScorer(problem.Spec);
        _failurePolicy = options.FailurePolicy;
        _degreeOfParallelism = options.EffectiveDegreeOfParallelism;
        _minimumWorkTicks = Math.Max(1, options.MinimumWorkPerTask.TotalSeconds * Stopwatch.Frequency);
    }

    /// <summary>The measured cost of one evaluation, or null before the first batch.</summary>
    public TimeSpan? MeasuredCostPerRow => _ticksPerRow < 0 ? null : TimeSpan.FromSeconds(_ticksPerRow / Stopwatch.Frequency);

    /// <inheritdoc/>
    public ValueTask<EvaluationSummary> EvaluateAsync(EvaluationBatch batch, CancellationToken cancellationToken)
    {
        Population population = batch.Population;
        int row = batch.Start;
        int evaluated = 0, failed = 0;
        if (_ticksPerRow < 0)
        {
            // Learn what one row costs from the first few rows, so the first batch is already split sensibly.
            long probeStart = Stopwatch.GetTimestamp();
            while (row < batch.End && row - batch.Start < MaxProbeRows && !cancellationToken.IsCancellationRequested)
            {
                ScoreSerially(population, row++, ref evaluated, ref failed, batch);
                if (Stopwatch.GetTimestamp() - probeStart >= _minimumWorkTicks)
                {
                    break;
                }
            }
            _ticksPerRow = row > batch.Start ? (double)(Stopwatch.GetTimestamp() - probeStart) / (row - batch.Start) : -1;
        }

        int remaining = batch.End - row;
        if (remaining <= 0 || cancellationToken.IsCancellationRequested)
        {
            return ValueTask.FromResult(new EvaluationSummary(evaluated, failed));
        }

        int chunkRows = Math.Max(1, (int)Math.Ceiling(_minimumWorkTicks / Math.Max(_ticksPerRow, 1e-3)));
        chunkRows = Math.Min(chunkRows, (remaining + _degreeOfParallelism - 1) / _degreeOfParallelism);
        int chunkCount = (remaining + chunkRows - 1) / chunkRows;
        bool tooCheap = remaining * _ticksPerRow < 2 * _minimumWorkTicks;
        if (_degreeOfParallelism <= 1 || chunkCount < 2 || tooCheap)
        {
            // Re-measure only now and then: reading the clock costs as much as scoring a few cheap rows.
            bool measure = ++_serialBatches % SerialBatchesPerMeasurement == 0;
            long start = measure ? Stopwatch.GetTimestamp() : 0;
            int first = row;
            while (row < batch.End && !cancellationToken.IsCancellationRequested)
            {
                ScoreSerially(population, row++, ref evaluated, ref failed, batch);
            }
            if (measure && row > first)
            {
                _ticksPerRow = (double)(Stopwatch.GetTimestamp() - start) / (row - first);
            }
            return ValueTask.FromResult(new EvaluationSummary(evaluated, failed));
        }

        ChunkWork work = RentWork();
        int workers = Math.Min(_degreeOfParallelism - 1, chunkCount - 1);
        work.Configure(population, row, batch.End, chunkRows, chunkCount, workers, cancellationToken);
        for (int i = 0; i < workers; i++)
        {
            ThreadPool.UnsafeQueueUserWorkItem(work, preferLocal: false);
        }
        work.RunChunks();
        work.WaitForChunks();
        evaluated += work.Evaluated;
        failed += work.Failed;
        if (work.RowsTouched > 0)
        {
            _ticksPerRow = (double)work.Ticks / work.RowsTouched;
        }
        if (failed > 0 && _failurePolicy == FailurePolicy.Stop)
        {
            throw RowScorer.FirstFailure(batch)!;
        }
        return ValueTask.FromResult(new EvaluationSummary(evaluated, failed));
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        foreach (ChunkWork work in _works)
        {
            work.Dispose();
        }
        _works.Clear();
        return ValueTask.CompletedTask;
    }

    private void ScoreSerially(Population population, int row, ref int evaluated, ref int failed, EvaluationBatch batch)
    {
        if (_scorer.EvaluateRow(_problem, population, row))
        {
            evaluated++;
            return;
        }
        failed++;
        if (_failurePolicy == FailurePolicy.Stop)
        {
            throw RowScorer.FirstFailure(batch)!;
        }
    }

    private ChunkWork RentWork()
    {
        // A work item whose queued workers have not all left yet (a starved pool) cannot be reconfigured; take another.
        foreach (ChunkWork candidate in _works)
        {
            if (candidate.IsIdle)
            {
                return candidate;
            }
        }
        var work = new ChunkWork(this);
        _works.Add(work);
        return work;
    }

    /// <summary>One batch's shared state: workers claim chunks with an atomic counter until none are left.</summary>
    private sealed class ChunkWork(ParallelEvaluator owner) : IThreadPoolWorkItem, IDisposable
    {
        private readonly ManualResetEventSlim _chunksDone = new(false);
        private Population? _population;
        private int _start, _end, _chunkRows, _chunkCount;
        private CancellationToken _cancellationToken;
        private int _nextChunk, _pendingChunks, _activeWorkers;
        private int _evaluated, _failed, _rowsTouched;
        private long _ticks;
        private volatile bool _stop;

        public bool IsIdle => Volatile.Read(ref _activeWorkers) == 0;

        public int Evaluated => _evaluated;

        public int Failed => _failed;

        public int RowsTouched => _rowsTouched;

        public long Ticks => _ticks;

        public void Configure(Population population, int start, int end, int chunkRows, int chunkCount, int workers, CancellationToken cancellationToken)
        {
            _population = population;
            _start = start;
            _end = end;
            _chunkRows = chunkRows;
            _chunkCount = chunkCount;
            _cancellationToken = cancellationToken;
            _evaluated = _failed = _rowsTouched = 0;
            _ticks = 0;
            _stop = false;
            _chunksDone.Reset();
            _pendingChunks = chunkCount;
            _activeWorkers = workers;
            Volatile.Write(ref _nextChunk, 0);
        }

        public void Execute()
        {
            try
            {
                RunChunks();
            }
            finally
            {
                Interlocked.Decrement(ref _activeWorkers);
            }
        }

        public void RunChunks()
        {
            Population population = _population!;
            bool stopOnFailure = owner._failurePolicy == FailurePolicy.Stop;
            while (true)
            {
                int chunk = Interlocked.Increment(ref _nextChunk) - 1;
                if (chunk >= _chunkCount)
                {
                    return;
                }
                int first = _start + chunk * _chunkRows;
                int last = Math.Min(first + _chunkRows, _end);
                long started = Stopwatch.GetTimestamp();
                int evaluated = 0, failed = 0, row = first;
                for (; row < last; row++)
                {
                    if (_stop || _cancellationToken.IsCancellationRequested)
                    {
                        break;
                    }
                    if (owner._scorer.EvaluateRow(owner._problem, population, row))
                    {
                        evaluated++;
                    }
                    else
                    {
                        failed++;
                        _stop |= stopOnFailure;
                    }
                }
                Interlocked.Add(ref _evaluated, evaluated);
                Interlocked.Add(ref _failed, failed);
                Interlocked.Add(ref _rowsTouched, row - first);
                Interlocked.Add(ref _ticks, Stopwatch.GetTimestamp() - started);
                if (Interlocked.Decrement(ref _pendingChunks) == 0)
                {
                    _chunksDone.Set();
                }
            }
        }

        public void WaitForChunks() => _chunksDone.Wait();

        public void Dispose()
        {
            // Workers still queued from a starved pool find no chunk and leave; they never touch the event.
            _chunksDone.Dispose();
        }
    }
}

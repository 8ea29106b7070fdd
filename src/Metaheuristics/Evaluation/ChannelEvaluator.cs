using System.Globalization;
using System.Threading.Channels;
using Metaheuristics.Populations;
using Metaheuristics.Problems;

namespace Metaheuristics.Evaluation;

/// <summary>
/// Scores an asynchronous (expensive, I/O-bound) problem: row indices go into a bounded channel consumed by a fixed
/// number of long-lived workers, each evaluation with its own timeout.
/// </summary>
/// <remarks>
/// Workers live across batches for the whole run (until <see cref="DisposeAsync"/>), so a later steady-state solver can
/// consume completions as they come. Each evaluation gets an owned copy of its candidate; results are written into the
/// candidate's own row, so completion order never matters.
/// </remarks>
public sealed class ChannelEvaluator : IEvaluator
{
    private readonly IAsyncProblem _problem;
    private readonly RowScorer _scorer;
    private readonly EvaluatorOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly Channel<WorkItem> _queue;
    private readonly Task[] _workers;

    /// <summary>Creates the evaluator and starts its workers.</summary>
    public ChannelEvaluator(IAsyncProblem problem, EvaluatorOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new EvaluatorOptions();
        options.Validate();
        _problem = problem;
        _scorer = new RowScorer(problem.Spec);
        _options = options;
        _timeProvider = timeProvider ?? TimeProvider.System;
        int concurrency = options.MaxConcurrency ?? problem.PreferredConcurrency ?? options.EffectiveConcurrency;
        _queue = Channel.CreateBounded<WorkItem>(new BoundedChannelOptions(concurrency)
        {
            SingleWriter = true,
            SingleReader = false,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _workers = new Task[concurrency];
        for (int i = 0; i < concurrency; i++)
        {
            _workers[i] = Task.Run(WorkAsync);
        }
    }

    /// <summary>The number of workers consuming the queue.</summary>
    public int Concurrency => _workers.Length;

    /// <inheritdoc/>
    public async ValueTask<EvaluationSummary> EvaluateAsync(EvaluationBatch batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return default;
        }
        var state = new BatchState(batch.Population, batch.Count, cancellationToken);
        int queued = 0;
        try
        {
            for (int row = batch.Start; row < batch.End && !state.ShouldStop; row++)
            {
                await _queue.Writer.WriteAsync(new WorkItem(state, row), cancellationToken).ConfigureAwait(false);
                queued++;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Rows never queued stay pending; those in flight finish or are abandoned below.
        }
        state.ForgetUnqueued(batch.Count - queued);
        await state.Completion.ConfigureAwait(false);
        if (state.Failed > 0 && _options.FailurePolicy == FailurePolicy.Stop)
        {
            throw RowScorer.FirstFailure(batch)!;
        }
        return new EvaluationSummary(state.Evaluated, state.Failed);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_workers).ConfigureAwait(false);
    }

    private async Task WorkAsync()
    {
        await foreach (WorkItem item in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            await EvaluateOneAsync(item.State, item.Row).ConfigureAwait(false);
            item.State.RowDone();
        }
    }

    private async Task EvaluateOneAsync(BatchState state, int row)
    {
        if (state.ShouldStop)
        {
            return;
        }
        Population population = state.Population;
        // Without a timeout the caller's token is the only one: no token sources per evaluation.
        using CancellationTokenSource? timeout = _options.Timeout is { } limit ? new CancellationTokenSource(limit, _timeProvider) : null;
        using CancellationTokenSource? linked = timeout is null ? null
            : CancellationTokenSource.CreateLinkedTokenSource(state.CancellationToken, timeout.Token);
        CancellationToken token = linked?.Token ?? state.CancellationToken;
        try
        {
            var candidate = population.ToCandidate(row);
            // WaitAsync returns on timeout even when the problem ignores its token; the abandoned call's result is dropped.
            ValueTask<EvaluationResult> pending = _problem.EvaluateAsync(candidate, token);
            EvaluationResult evaluation = pending.IsCompleted || !token.CanBeCanceled
                ? await pending.ConfigureAwait(false)
                : await pending.AsTask().WaitAsync(token).ConfigureAwait(false);
            state.Record(_scorer.Complete(population, row, evaluation), _options.FailurePolicy);
        }
        catch (OperationCanceledException) when (state.CancellationToken.IsCancellationRequested)
        {
            // The caller cancelled: the row was not scored and uses no budget.
        }
        catch (OperationCanceledException) when (timeout?.IsCancellationRequested == true)
        {
            population.MarkFailed(row, string.Create(CultureInfo.InvariantCulture,
                $"timed out after {_options.Timeout!.Value.TotalSeconds:0.###} s"));
            state.Record(false, _options.FailurePolicy);
        }
#pragma warning disable CA1031 // A user's objective may throw anything; it is recorded against the row, never lost.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            population.MarkFailed(row, RowScorer.Describe(exception));
            state.Record(false, _options.FailurePolicy);
        }
    }

    private readonly record struct WorkItem(BatchState State, int Row);

    private sealed class BatchState(Population population, int rows, CancellationToken cancellationToken)
    {
        private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _outstanding = rows;
        private int _evaluated, _failed;
        private volatile bool _stop;

        public Population Population { get; } = population;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public Task Completion => _completion.Task;

        public int Evaluated => Volatile.Read(ref _evaluated);

        public int Failed => Volatile.Read(ref _failed);

        public bool ShouldStop => _stop || CancellationToken.IsCancellationRequested;

        public void Record(bool success, FailurePolicy policy)
        {
            if (success)
            {
                Interlocked.Increment(ref _evaluated);
                return;
            }
            Interlocked.Increment(ref _failed);
            _stop |= policy == FailurePolicy.Stop;
        }

        public void RowDone() => Release(1);

        public void ForgetUnqueued(int count)
        {
            if (count > 0)
            {
                Release(count);
            }
        }

        private void Release(int count)
        {
            if (Interlocked.Add(ref _outstanding, -count) == 0)
            {
                _completion.TrySetResult();
            }
        }
    }
}

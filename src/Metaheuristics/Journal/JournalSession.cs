using Metaheuristics.Evaluation;
using Metaheuristics.Populations;
using Metaheuristics.Running;

namespace Metaheuristics.Journal;

/// <summary>
/// The driver's side of a journal for one run: replays the recorded batches, appends the new ones, checkpoints on the
/// policy's schedule and turns journal exceptions into a store failure handled by the policy.
/// </summary>
internal sealed class JournalSession
{
    private readonly IReadOnlyList<JournaledBatch> _recorded;
    private readonly CheckpointPolicy _policy;
    private readonly StoreFailurePolicy _failurePolicy;
    private readonly TimeProvider _clock;
    private readonly JournaledBatch.SharedLanes _sharedLanes = new();
    private IRunJournal? _journal;
    private int _batches;
    private bool _lastBatchReplayed;
    private bool _appending = true;
    private int _generationsSinceCheckpoint;
    private long _evaluationsAtCheckpoint;
    private TimeSpan _lastCheckpointAt;

    public JournalSession(RunSettings settings)
    {
        _journal = settings.Journal;
        _recorded = _journal?.Recorded ?? [];
        _policy = settings.Checkpoints;
        _failurePolicy = settings.StoreFailurePolicy;
        _clock = settings.TimeProvider;
    }

    /// <summary>
    /// True while a journal records the run's evaluations one by one, the only record that shows how long a batch took:
    /// a single-step solver would otherwise read the clock twice more per evaluation for nothing.
    /// </summary>
    private bool TimesBatches => _journal is { RecordsGenomes: true } && _appending;

    /// <summary>The clock's timestamp when batches are timed, else 0 (no clock read).</summary>
    public long Timestamp() => TimesBatches ? _clock.GetTimestamp() : 0;

    /// <summary>Seconds since <paramref name="timestamp"/> when batches are timed, else 0 (no clock read).</summary>
    public double SecondsSince(long timestamp) => TimesBatches ? _clock.GetElapsedTime(timestamp).TotalSeconds : 0;

    /// <summary>Why the journal stopped recording, or null.</summary>
    public string? Failure { get; private set; }

    /// <summary>True once the journal failed and the policy says to stop the run.</summary>
    public bool StopRequested => Failure is not null && _failurePolicy == StoreFailurePolicy.Stop;

    /// <summary>Evaluations taken from the journal instead of the evaluator.</summary>
    public long ReplayedEvaluations { get; private set; }

    /// <summary>
    /// When the next batch was recorded, fills <paramref name="batch"/> from the record and returns true, with the
    /// failure message that a fail-fast evaluator would have stopped on; else returns false and the caller evaluates.
    /// </summary>
    public bool TryReplay(EvaluationBatch batch, FailurePolicy evaluationPolicy, out string? failureMessage)
    {
        failureMessage = null;
        _lastBatchReplayed = _batches < _recorded.Count;
        if (!_lastBatchReplayed)
        {
            return false;
        }
        JournaledBatch recorded = _recorded[_batches];
        recorded.Restore(batch);
        _batches++;
        ReplayedEvaluations += batch.Count;
        if (evaluationPolicy == FailurePolicy.Stop && recorded.FirstFailure() is { } failure)
        {
            failureMessage = new EvaluationFailedException(failure.CandidateId, failure.Message).Message;
        }
        return true;
    }

    /// <summary>Appends a batch the evaluator just scored; a batch left partly unscored (cancelled) ends the journal's prefix.</summary>
    public void Record(EvaluationBatch batch, double seconds)
    {
        if (_journal is null || !_appending)
        {
            return;
        }
        ReadOnlySpan<RowStatus> status = batch.Population.Status.Slice(batch.Start, batch.Count);
        if (status.Contains(RowStatus.Pending))
        {
            // A resume must replay a prefix of whole batches: an interrupted batch is evaluated again.
            _appending = false;
            return;
        }
        try
        {
            _journal.Append(JournaledBatch.Capture(_batches, batch, _journal.RecordsGenomes, seconds, _sharedLanes));
        }
        catch (Exception exception)
        {
            Fail(exception);
        }
        _batches++;
    }

    /// <summary>
    /// Takes the report of a generation whose batch was evaluated: appends it when the run's history keeps it
    /// (<paramref name="inHistory"/>), so the store holds the same thinned curve, and checkpoints when the policy says so.
    /// </summary>
    public ValueTask AfterGenerationAsync(GenerationReport report, bool inHistory)
    {
        if (_journal is null || _lastBatchReplayed)
        {
            return ValueTask.CompletedTask;
        }
        if (inHistory && !TryAppend(report))
        {
            return ValueTask.CompletedTask;
        }
        _generationsSinceCheckpoint++;
        bool due = _policy.EveryGenerations is { } generations && _generationsSinceCheckpoint >= generations
                && report.Evaluations - _evaluationsAtCheckpoint >= _policy.MinimumEvaluations
            || _policy.Interval is { } interval && report.Elapsed - _lastCheckpointAt >= interval;
        return due ? CheckpointAsync(report) : ValueTask.CompletedTask;
    }

    /// <summary>
    /// Makes everything appended durable (the run's last act before its result); <paramref name="last"/>, the final
    /// report, is appended first when the history took it only now (<paramref name="appendLast"/>).
    /// </summary>
    public ValueTask FinishAsync(GenerationReport? last, bool appendLast)
    {
        if (last is not { } report || _journal is null)
        {
            return ValueTask.CompletedTask;
        }
        bool appended = appendLast && !_lastBatchReplayed && TryAppend(report);
        return appended || _generationsSinceCheckpoint > 0 ? CheckpointAsync(report) : ValueTask.CompletedTask;
    }

    private bool TryAppend(GenerationReport report)
    {
        try
        {
            _journal!.AppendGeneration(report);
            return true;
        }
        catch (Exception exception)
        {
            Fail(exception);
            return false;
        }
    }

    /// <summary>Records the result; false when the journal failed doing so.</summary>
    public async ValueTask<bool> CompleteAsync(RunResult result)
    {
        if (_journal is null)
        {
            return true;
        }
        try
        {
            await _journal.CompleteAsync(result, CancellationToken.None).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception)
        {
            Fail(exception);
            return false;
        }
    }

    // Checkpoints and the final record are short writes that must not be torn by the caller's cancellation: a cancelled
    // run still records where it got to, so it can be resumed.
    private async ValueTask CheckpointAsync(GenerationReport report)
    {
        if (_journal is null)
        {
            return;
        }
        try
        {
            await _journal.CheckpointAsync(new RunCheckpoint(_batches, report.Generation, report.Evaluations, report.Elapsed),
                CancellationToken.None).ConfigureAwait(false);
            _generationsSinceCheckpoint = 0;
            _evaluationsAtCheckpoint = report.Evaluations;
            _lastCheckpointAt = report.Elapsed;
        }
        catch (Exception exception)
        {
            Fail(exception);
        }
    }

    private void Fail(Exception exception)
    {
        Failure ??= exception.Message;
        _journal = null;
    }
}

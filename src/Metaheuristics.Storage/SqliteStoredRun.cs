using System.Runtime.ExceptionServices;
using Metaheuristics.Journal;
using Metaheuristics.Populations;
using Metaheuristics.Running;
using Microsoft.Data.Sqlite;

namespace Metaheuristics.Storage;

/// <summary>What one checkpoint of a run writes.</summary>
internal sealed record CheckpointWrite(List<JournaledBatch> Batches, List<GenerationReport> Generations, RunCheckpoint Checkpoint,
    double? BestObjective, double? Hypervolume, RunResult? Result);

/// <summary>
/// One run's journal in an SQLite store. Batches and reports wait in memory; each checkpoint hands them to the store's
/// background <see cref="StoreWriter"/>, which stores them in one transaction, so the solver never waits for the disk
/// and a killed process leaves the run exactly as of its last written checkpoint. The completion writes what is still
/// queued on the caller's thread and returns once it is durable. A write that fails is reported by the
/// next checkpoint (or the completion), and nothing after it is written, so the stored journal stays a prefix of the run.
/// </summary>
internal sealed class SqliteStoredRun : IStoredRun
{
    private static readonly StoreWriter.StatementDefinition InsertCheckpoint = new("""
        INSERT INTO checkpoints (run_id, sequence, batches, generation, evaluations, elapsed_seconds, created_at)
        VALUES ($run, $sequence, $batches, $generation, $evaluations, $elapsed, $created);
        """,
        [("$run", SqliteType.Integer), ("$sequence", SqliteType.Integer), ("$batches", SqliteType.Integer), ("$generation", SqliteType.Integer),
         ("$evaluations", SqliteType.Integer), ("$elapsed", SqliteType.Real), ("$created", SqliteType.Text)]);

    private static readonly StoreWriter.StatementDefinition UpdateRunRow = new("""
        UPDATE runs SET status = $status, ended_at = $ended, termination_reason = $reason, evaluations = $evaluations,
            generations = $generations, best_objective = coalesce($best, best_objective),
            hypervolume = coalesce($hypervolume, hypervolume), elapsed_seconds = $elapsed,
            store_failure = $failure
        WHERE id = $run;
        """,
        [("$run", SqliteType.Integer), ("$status", SqliteType.Text), ("$ended", SqliteType.Text), ("$reason", SqliteType.Text),
         ("$evaluations", SqliteType.Integer), ("$generations", SqliteType.Integer), ("$best", SqliteType.Real),
         ("$hypervolume", SqliteType.Real), ("$elapsed", SqliteType.Real), ("$failure", SqliteType.Text)]);

    private static readonly StoreWriter.StatementDefinition InsertBatchSegment = new("""
        INSERT INTO batch_segments (run_id, first_batch, batch_count, layout, status, objectives, constraints, violations, messages, x_real, x_integer, x_bits)
        VALUES ($run, $first, $count, $layout, $status, $objectives, $constraints, $violations, $messages, $reals, $integers, $bits);
        """,
        [("$run", SqliteType.Integer), ("$first", SqliteType.Integer), ("$count", SqliteType.Integer), ("$layout", SqliteType.Blob),
         ("$status", SqliteType.Blob), ("$objectives", SqliteType.Blob), ("$constraints", SqliteType.Blob),
         ("$violations", SqliteType.Blob), ("$messages", SqliteType.Text), ("$reals", SqliteType.Blob),
         ("$integers", SqliteType.Blob), ("$bits", SqliteType.Blob)]);

    private static readonly StoreWriter.StatementDefinition InsertGenerationSegment = new("""
        INSERT INTO generation_segments (run_id, first_generation, count, statistics) VALUES ($run, $first, $count, $statistics);
        """,
        [("$run", SqliteType.Integer), ("$first", SqliteType.Integer), ("$count", SqliteType.Integer), ("$statistics", SqliteType.Blob)]);

    private readonly SqliteRunStoreOptions _options;
    private readonly StoreWriter _writer;
    private readonly IReadOnlyList<JournaledBatch> _recorded;
    private readonly TimeSpan _earlierElapsed;
    private List<JournaledBatch> _pendingBatches = [];
    private List<GenerationReport> _pendingGenerations = [];
    private double? _bestObjective;
    private double? _hypervolume;
    private bool _unflushed;
    private volatile Exception? _failure;

    // Read and written under the store writer's lock (its thread, or this run's completion on the caller's thread).
    private int _checkpoints;
    private int _durableBatches;

    public SqliteStoredRun(StoreWriter writer, SqliteRunStoreOptions options, long id, RunDescription description,
        IReadOnlyList<JournaledBatch> recorded, TimeSpan earlierElapsed, int checkpoints)
    {
        _writer = writer;
        _options = options;
        Id = id;
        Description = description;
        _recorded = recorded;
        _earlierElapsed = earlierElapsed;
        _checkpoints = checkpoints;
        _durableBatches = recorded.Count;
    }

    public long Id { get; }

    public RunDescription Description { get; }

    public IReadOnlyList<JournaledBatch> Recorded => _recorded;

    public bool RecordsGenomes => Description.RecordEvaluations;

    /// <summary>The write that failed, once one has: nothing more of this run is written.</summary>
    internal Exception? Failure => _failure;

    public void Append(JournaledBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        _pendingBatches.Add(batch);
    }

    public void AppendGeneration(in GenerationReport report)
    {
        _pendingGenerations.Add(report);
        _bestObjective = report.BestObjective ?? _bestObjective;
        _hypervolume = report.Hypervolume ?? _hypervolume;
    }

    public async ValueTask CheckpointAsync(RunCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        ThrowIfFailed();
        _unflushed = true;
        await _writer.QueueAsync(this, TakePending(checkpoint, result: null), cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask CompleteAsync(RunResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ThrowIfFailed();
        await _writer.QueueAsync(this, TakePending(new RunCheckpoint(0, result.Generations, result.Evaluations, result.Elapsed), result),
            cancellationToken).ConfigureAwait(false);
        _writer.WriteQueuedNow();
        _unflushed = false;
        ThrowIfFailed();
    }

    /// <summary>Writes the checkpoints this run queued, if it did not complete (a graceful end); the store's writer stays open.</summary>
    public ValueTask DisposeAsync()
    {
        if (_unflushed)
        {
            _unflushed = false;
            _writer.WriteQueuedNow();
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>Records the failed write (the writer's call): the next checkpoint or the completion throws it.</summary>
    internal void Fail(Exception exception) => _failure ??= exception;

    private CheckpointWrite TakePending(RunCheckpoint checkpoint, RunResult? result)
    {
        var write = new CheckpointWrite(_pendingBatches, _pendingGenerations, checkpoint, _bestObjective, _hypervolume, result);
        _pendingBatches = [];
        _pendingGenerations = [];
        return write;
    }

    private void ThrowIfFailed()
    {
        if (_failure is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>Writes <paramref name="writes"/> inside the transaction <paramref name="writer"/> has begun (the writer's call).</summary>
    internal void Write(StoreWriter writer, List<CheckpointWrite> writes)
    {
        int checkpoints = _checkpoints, batches = _durableBatches;
        List<JournaledBatch> newBatches = writes.Count == 1 ? writes[0].Batches : [];
        List<GenerationReport> newGenerations = writes.Count == 1 ? writes[0].Generations : [];
        foreach (CheckpointWrite write in writes)
        {
            if (writes.Count > 1)
            {
                newBatches.AddRange(write.Batches);
                newGenerations.AddRange(write.Generations);
            }
            batches = write.Batches.Count == 0 ? batches : write.Batches[^1].Index + 1;
            if (write.Batches.Count > 0 || write.Generations.Count > 0 || write.Result is null)
            {
                checkpoints++;
                WriteCheckpoint(writer, write.Checkpoint, checkpoints, batches);
            }
        }
        WriteBatches(writer, newBatches);
        WriteGenerations(writer, newGenerations);
        UpdateRun(writer, writes[^1]);
        writer.Commit();
        _checkpoints = checkpoints;
        _durableBatches = batches;
    }

    private void WriteCheckpoint(StoreWriter writer, RunCheckpoint checkpoint, int sequence, int batches)
    {
        SqliteCommand command = writer.Prepared(InsertCheckpoint, Id);
        SqliteParameterCollection p = command.Parameters;
        p["$sequence"].Value = sequence;
        p["$batches"].Value = batches;
        p["$generation"].Value = checkpoint.Generation;
        p["$evaluations"].Value = checkpoint.Evaluations;
        p["$elapsed"].Value = (_earlierElapsed + checkpoint.Elapsed).TotalSeconds;
        p["$created"].Value = SqliteRunStore.Timestamp(_options);
        command.ExecuteNonQuery();
    }

    /// <summary>The run's row as of the last write: its status, counts, best so far and, once it ended, how.</summary>
    private void UpdateRun(StoreWriter writer, CheckpointWrite last)
    {
        RunResult? result = last.Result;
        RunCheckpoint checkpoint = last.Checkpoint;
        SqliteCommand update = writer.Prepared(UpdateRunRow, Id);
        SqliteParameterCollection p = update.Parameters;
        p["$status"].Value = (result is null ? StoredRunStatus.Running : StatusOf(result)).ToString().ToLowerInvariant();
        p["$ended"].Value = result is null ? DBNull.Value : SqliteRunStore.Timestamp(_options);
        p["$reason"].Value = result is null ? DBNull.Value : result.TerminationReason.ToString();
        p["$evaluations"].Value = checkpoint.Evaluations;
        p["$generations"].Value = checkpoint.Generation;
        p["$best"].Value = (object?)(result is null ? last.BestObjective : result.Best?.Objectives[0]) ?? DBNull.Value;
        p["$hypervolume"].Value = (object?)last.Hypervolume ?? DBNull.Value;
        p["$elapsed"].Value = (_earlierElapsed + checkpoint.Elapsed).TotalSeconds;
        p["$failure"].Value = (object?)result?.StoreFailure ?? DBNull.Value;
        update.ExecuteNonQuery();
    }

    private void WriteBatches(StoreWriter writer, List<JournaledBatch> pending)
    {
        if (pending.Count == 0)
        {
            return;
        }
        BatchSegment.Packed segment = BatchSegment.Pack(pending, Description.RecordEvaluations, writer.Buffer);
        SqliteCommand command = writer.Prepared(InsertBatchSegment, Id);
        SqliteParameterCollection p = command.Parameters;
        p["$first"].Value = segment.FirstBatch;
        p["$count"].Value = segment.BatchCount;
        p["$layout"].Value = Blob(segment.Layout);
        p["$status"].Value = Blob(segment.Status);
        p["$objectives"].Value = Blob(segment.Objectives);
        p["$constraints"].Value = Blob(segment.Constraints);
        p["$violations"].Value = Blob(segment.Violations);
        p["$messages"].Value = (object?)segment.Messages ?? DBNull.Value;
        p["$reals"].Value = segment.Reals is { } reals ? Blob(reals) : DBNull.Value;
        p["$integers"].Value = segment.Integers is { } integers ? Blob(integers) : DBNull.Value;
        p["$bits"].Value = segment.Bits is { } bits ? Blob(bits) : DBNull.Value;
        command.ExecuteNonQuery();
    }

    private void WriteGenerations(StoreWriter writer, List<GenerationReport> pending)
    {
        if (pending.Count == 0)
        {
            return;
        }
        SqliteCommand command = writer.Prepared(InsertGenerationSegment, Id);
        SqliteParameterCollection p = command.Parameters;
        p["$first"].Value = pending[0].Generation;
        p["$count"].Value = pending.Count;
        p["$statistics"].Value = Blob(GenerationSegment.Pack(pending, _earlierElapsed, writer.Buffer));
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// A lane as a blob parameter. An empty one binds as an empty array: SQLite takes an empty blob given by no pointer
    /// for NULL, and the lanes' columns are NOT NULL (an empty lane means "every row evaluated" or "every row feasible").
    /// </summary>
    private static object Blob(ReadOnlyMemory<byte> lane) => lane.IsEmpty ? Array.Empty<byte>() : lane;

    private static StoredRunStatus StatusOf(RunResult result) => result.TerminationReason switch
    {
        Termination.TerminationReason.Cancelled => StoredRunStatus.Cancelled,
        Termination.TerminationReason.EvaluationFailed or Termination.TerminationReason.StoreFailed => StoredRunStatus.Stopped,
        _ => StoredRunStatus.Completed,
    };
}

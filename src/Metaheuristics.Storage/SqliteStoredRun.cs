using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Metaheuristics.Journal;
using Metaheuristics.Populations;
using Metaheuristics.Running;
using Microsoft.Data.Sqlite;

namespace Metaheuristics.Storage;

/// <summary>
/// One run's journal in an SQLite store. Batches and reports wait in memory; each checkpoint hands them to a background
/// writer (with its own connection, which it opens itself, so the run starts without waiting for that) that stores them
/// in one transaction, so the solver never waits for the disk and a killed process leaves the
/// run exactly as of its last written checkpoint. A write that fails is reported by the next checkpoint (or the
/// completion), and nothing after it is written, so the stored journal stays a prefix of the run.
/// </summary>
internal sealed class SqliteStoredRun : IStoredRun
{
    // Checkpoints a slow disk may fall behind by before the run waits for it.
    private const int QueuedCheckpoints = 64;

    private readonly string _path;
    private readonly SqliteRunStoreOptions _options;
    private readonly WalCheckpointer? _checkpointer;
    private readonly IReadOnlyList<JournaledBatch> _recorded;
    private readonly TimeSpan _earlierElapsed;
    private readonly Channel<CheckpointWrite> _queue;
    private readonly Task _writer;
    private List<JournaledBatch> _pendingBatches = [];
    private List<GenerationReport> _pendingGenerations = [];
    private double? _bestObjective;
    private double? _hypervolume;
    private volatile Exception? _failure;

    // Owned by the writer task, which opens the connection itself: the run starts without waiting for it.
    private SqliteConnection? _connection;
    private int _checkpoints;
    private int _durableBatches;
    private SqliteCommand? _insertBatches;
    private SqliteCommand? _insertGenerations;
    private SqliteCommand? _insertCheckpoint;
    private SqliteCommand? _updateRun;

    /// <summary>What one checkpoint writes.</summary>
    private sealed record CheckpointWrite(List<JournaledBatch> Batches, List<GenerationReport> Generations, RunCheckpoint Checkpoint,
        double? BestObjective, double? Hypervolume, RunResult? Result);

    public SqliteStoredRun(string path, SqliteRunStoreOptions options, WalCheckpointer? checkpointer, long id, RunDescription description,
        IReadOnlyList<JournaledBatch> recorded, TimeSpan earlierElapsed, int checkpoints)
    {
        _path = path;
        _options = options;
        _checkpointer = checkpointer;
        Id = id;
        Description = description;
        _recorded = recorded;
        _earlierElapsed = earlierElapsed;
        _checkpoints = checkpoints;
        _durableBatches = recorded.Count;
        _queue = Channel.CreateBounded<CheckpointWrite>(new BoundedChannelOptions(QueuedCheckpoints) { SingleReader = true, SingleWriter = true });
        _writer = Task.Run(WriteQueuedAsync);
    }

    public long Id { get; }

    public RunDescription Description { get; }

    public IReadOnlyList<JournaledBatch> Recorded => _recorded;

    public bool RecordsGenomes => Description.RecordEvaluations;

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
        await _queue.Writer.WriteAsync(TakePending(checkpoint, result: null), cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask CompleteAsync(RunResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ThrowIfFailed();
        await _queue.Writer.WriteAsync(TakePending(new RunCheckpoint(0, result.Generations, result.Evaluations, result.Elapsed), result),
            cancellationToken).ConfigureAwait(false);
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        ThrowIfFailed();
    }

    /// <summary>Waits for the queued checkpoints to be written (a graceful end), then closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer.ConfigureAwait(false);
        foreach (SqliteCommand? command in (SqliteCommand?[])[_insertBatches, _insertGenerations, _insertCheckpoint, _updateRun])
        {
            command?.Dispose();
        }
        if (_connection is not null)
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

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

    private async Task WriteQueuedAsync()
    {
        var writes = new List<CheckpointWrite>();
        try
        {
            _connection = SqliteRunStore.Connect(_path, _options);
        }
        catch (Exception exception)
        {
            _failure = exception; // reported by the first checkpoint, like a failed write
        }
        while (await _queue.Reader.WaitToReadAsync().ConfigureAwait(false))
        {
            // Checkpoints that queued up while the last transaction was written go in one transaction: a solver with
            // tiny generations (one SA step each) checkpoints faster than commits can follow.
            writes.Clear();
            while (_queue.Reader.TryRead(out CheckpointWrite? write))
            {
                writes.Add(write);
            }
            if (_failure is not null)
            {
                continue; // after a failed write nothing more is written: the stored journal stays a prefix
            }
            try
            {
                Write(writes);
            }
            catch (Exception exception)
            {
                _failure = exception;
            }
        }
    }

    private void Write(List<CheckpointWrite> writes)
    {
        try
        {
            using SqliteTransaction transaction = _connection!.BeginTransaction();
            int checkpoints = _checkpoints, batches = _durableBatches;
            var newBatches = new List<JournaledBatch>();
            var newGenerations = new List<GenerationReport>();
            foreach (CheckpointWrite write in writes)
            {
                newBatches.AddRange(write.Batches);
                newGenerations.AddRange(write.Generations);
                batches = newBatches.Count == 0 ? batches : newBatches[^1].Index + 1;
                if (write.Batches.Count > 0 || write.Generations.Count > 0 || write.Result is null)
                {
                    checkpoints++;
                    WriteCheckpoint(transaction, write.Checkpoint, checkpoints, batches);
                }
            }
            WriteBatches(transaction, newBatches);
            WriteGenerations(transaction, newGenerations);
            UpdateRun(transaction, writes[^1]);
            transaction.Commit();
            _checkpoints = checkpoints;
            _durableBatches = batches;
            _checkpointer?.Request();
        }
        catch (SqliteException exception)
        {
            throw StoreErrors.Describe(_path, exception);
        }
    }

    private void WriteCheckpoint(SqliteTransaction transaction, RunCheckpoint checkpoint, int sequence, int batches)
    {
        SqliteCommand command = Prepared(ref _insertCheckpoint, transaction, """
            INSERT INTO checkpoints (run_id, sequence, batches, generation, evaluations, elapsed_seconds, created_at)
            VALUES ($run, $sequence, $batches, $generation, $evaluations, $elapsed, $created);
            """, ("$sequence", SqliteType.Integer), ("$batches", SqliteType.Integer), ("$generation", SqliteType.Integer),
            ("$evaluations", SqliteType.Integer), ("$elapsed", SqliteType.Real), ("$created", SqliteType.Text));
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
    private void UpdateRun(SqliteTransaction transaction, CheckpointWrite last)
    {
        RunResult? result = last.Result;
        RunCheckpoint checkpoint = last.Checkpoint;
        SqliteCommand update = Prepared(ref _updateRun, transaction, """
            UPDATE runs SET status = $status, ended_at = $ended, termination_reason = $reason, evaluations = $evaluations,
                generations = $generations, best_objective = coalesce($best, best_objective),
                hypervolume = coalesce($hypervolume, hypervolume), elapsed_seconds = $elapsed,
                store_failure = $failure
            WHERE id = $run;
            """, ("$status", SqliteType.Text), ("$ended", SqliteType.Text), ("$reason", SqliteType.Text), ("$evaluations", SqliteType.Integer),
            ("$generations", SqliteType.Integer), ("$best", SqliteType.Real), ("$hypervolume", SqliteType.Real), ("$elapsed", SqliteType.Real),
            ("$failure", SqliteType.Text));
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

    private void WriteBatches(SqliteTransaction transaction, List<JournaledBatch> pending)
    {
        if (pending.Count == 0)
        {
            return;
        }
        BatchSegment segment = BatchSegment.Pack(pending, Description.RecordEvaluations);
        SqliteCommand command = Prepared(ref _insertBatches, transaction, """
            INSERT INTO batch_segments (run_id, first_batch, batch_count, layout, status, objectives, constraints, violations, messages, x_real, x_integer, x_bits)
            VALUES ($run, $first, $count, $layout, $status, $objectives, $constraints, $violations, $messages, $reals, $integers, $bits);
            """, ("$first", SqliteType.Integer), ("$count", SqliteType.Integer), ("$layout", SqliteType.Blob), ("$status", SqliteType.Blob),
            ("$objectives", SqliteType.Blob), ("$constraints", SqliteType.Blob), ("$violations", SqliteType.Blob), ("$messages", SqliteType.Text),
            ("$reals", SqliteType.Blob), ("$integers", SqliteType.Blob), ("$bits", SqliteType.Blob));
        SqliteParameterCollection p = command.Parameters;
        p["$first"].Value = segment.FirstBatch;
        p["$count"].Value = segment.BatchCount;
        p["$layout"].Value = segment.Layout;
        p["$status"].Value = segment.Status;
        p["$objectives"].Value = segment.Objectives;
        p["$constraints"].Value = segment.Constraints;
        p["$violations"].Value = segment.Violations;
        p["$messages"].Value = (object?)segment.Messages ?? DBNull.Value;
        p["$reals"].Value = (object?)segment.Reals ?? DBNull.Value;
        p["$integers"].Value = (object?)segment.Integers ?? DBNull.Value;
        p["$bits"].Value = (object?)segment.Bits ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    private void WriteGenerations(SqliteTransaction transaction, List<GenerationReport> pending)
    {
        if (pending.Count == 0)
        {
            return;
        }
        SqliteCommand command = Prepared(ref _insertGenerations, transaction, """
            INSERT INTO generation_segments (run_id, first_generation, count, statistics) VALUES ($run, $first, $count, $statistics);
            """, ("$first", SqliteType.Integer), ("$count", SqliteType.Integer), ("$statistics", SqliteType.Blob));
        SqliteParameterCollection p = command.Parameters;
        p["$first"].Value = pending[0].Generation;
        p["$count"].Value = pending.Count;
        p["$statistics"].Value = GenerationSegment.Pack(pending, _earlierElapsed);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// The statement in <paramref name="slot"/>, prepared once for the connection's life and moved to
    /// <paramref name="transaction"/>: re-preparing every statement at every checkpoint cost more than the inserts.
    /// </summary>
    private SqliteCommand Prepared(ref SqliteCommand? slot, SqliteTransaction transaction, string sql, params (string Name, SqliteType Type)[] parameters)
    {
        if (slot is null)
        {
            SqliteCommand command = _connection!.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$run", Id);
            foreach ((string name, SqliteType type) in parameters)
            {
                command.Parameters.Add(name, type);
            }
            command.Transaction = transaction;
            command.Prepare();
            slot = command;
        }
        slot.Transaction = transaction;
        return slot;
    }

    private static StoredRunStatus StatusOf(RunResult result) => result.TerminationReason switch
    {
        Termination.TerminationReason.Cancelled => StoredRunStatus.Cancelled,
        Termination.TerminationReason.EvaluationFailed or Termination.TerminationReason.StoreFailed => StoredRunStatus.Stopped,
        _ => StoredRunStatus.Completed,
    };
}

using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Metaheuristics.Journal;
using Metaheuristics.Populations;
using Metaheuristics.Running;
using Microsoft.Data.Sqlite;

namespace Metaheuristics.Storage;

/// <summary>
/// One run's journal in an SQLite store. Batches and reports wait in memory; each checkpoint hands them to a background
/// writer that stores them in one transaction, so the solver never waits for the disk and a killed process leaves the
/// run exactly as of its last written checkpoint. A write that fails is reported by the next checkpoint (or the
/// completion), and nothing after it is written, so the stored journal stays a prefix of the run.
/// </summary>
internal sealed class SqliteStoredRun : IStoredRun
{
    // Checkpoints a slow disk may fall behind by before the run waits for it.
    private const int QueuedCheckpoints = 64;

    private readonly string _path;
    private readonly SqliteRunStoreOptions _options;
    private readonly IReadOnlyList<JournaledBatch> _recorded;
    private readonly TimeSpan _earlierElapsed;
    private readonly SqliteConnection _connection;
    private readonly Channel<CheckpointWrite> _queue;
    private readonly Task _writer;
    private List<JournaledBatch> _pendingBatches = [];
    private List<GenerationReport> _pendingGenerations = [];
    private double? _bestObjective;
    private double? _hypervolume;
    private volatile Exception? _failure;

    // Owned by the writer task.
    private int _checkpoints;
    private int _durableBatches;
    private SqliteCommand? _insertBatch;
    private SqliteCommand? _insertGeneration;
    private SqliteCommand? _insertCheckpoint;
    private SqliteCommand? _insertEvaluation;
    private SqliteCommand? _updateRun;

    /// <summary>What one checkpoint writes.</summary>
    private sealed record CheckpointWrite(List<JournaledBatch> Batches, List<GenerationReport> Generations, RunCheckpoint Checkpoint,
        double? BestObjective, double? Hypervolume, RunResult? Result);

    public SqliteStoredRun(string path, SqliteRunStoreOptions options, long id, RunDescription description,
        IReadOnlyList<JournaledBatch> recorded, TimeSpan earlierElapsed, int checkpoints)
    {
        _path = path;
        _options = options;
        Id = id;
        Description = description;
        _recorded = recorded;
        _earlierElapsed = earlierElapsed;
        _checkpoints = checkpoints;
        _durableBatches = recorded.Count;
        _connection = SqliteRunStore.Connect(path, options);
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
        foreach (SqliteCommand? command in (SqliteCommand?[])[_insertBatch, _insertGeneration, _insertCheckpoint, _insertEvaluation, _updateRun])
        {
            command?.Dispose();
        }
        await _connection.DisposeAsync().ConfigureAwait(false);
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
            using SqliteTransaction transaction = _connection.BeginTransaction();
            int checkpoints = _checkpoints, batches = _durableBatches;
            foreach (CheckpointWrite write in writes)
            {
                batches = WriteBatches(transaction, write.Batches, batches);
                WriteGenerations(transaction, write.Generations);
                if (write.Batches.Count > 0 || write.Generations.Count > 0 || write.Result is null)
                {
                    checkpoints++;
                    WriteCheckpoint(transaction, write.Checkpoint, checkpoints, batches);
                }
            }
            UpdateRun(transaction, writes[^1]);
            transaction.Commit();
            _checkpoints = checkpoints;
            _durableBatches = batches;
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

    private int WriteBatches(SqliteTransaction transaction, List<JournaledBatch> pending, int durable)
    {
        if (pending.Count == 0)
        {
            return durable;
        }
        SqliteCommand command = Prepared(ref _insertBatch, transaction, """
            INSERT INTO batches (run_id, batch, first_id, count, fingerprint, seconds, status, objectives, constraints, violations, messages)
            VALUES ($run, $batch, $first, $count, $fingerprint, $seconds, $status, $objectives, $constraints, $violations, $messages);
            """, ("$batch", SqliteType.Integer), ("$first", SqliteType.Integer), ("$count", SqliteType.Integer), ("$fingerprint", SqliteType.Integer),
            ("$seconds", SqliteType.Real), ("$status", SqliteType.Blob), ("$objectives", SqliteType.Blob), ("$constraints", SqliteType.Blob),
            ("$violations", SqliteType.Blob), ("$messages", SqliteType.Text));
        SqliteParameterCollection p = command.Parameters;
        SqliteParameter batchIndex = p["$batch"], first = p["$first"], count = p["$count"], fingerprint = p["$fingerprint"], seconds = p["$seconds"];
        SqliteParameter status = p["$status"], objectives = p["$objectives"], constraints = p["$constraints"], violations = p["$violations"];
        SqliteParameter messages = p["$messages"];
        int last = durable;
        foreach (JournaledBatch batch in pending)
        {
            batchIndex.Value = batch.Index;
            first.Value = batch.FirstId;
            count.Value = batch.Count;
            fingerprint.Value = unchecked((long)batch.Fingerprint);
            seconds.Value = batch.Seconds;
            // The common case, every row evaluated and feasible, is stored as empty blobs: half the bytes for an unconstrained problem.
            status.Value = batch.Status.Span.ContainsAnyExcept(RowStatus.Evaluated) ? Blobs.From(batch.Status.Span) : Array.Empty<byte>();
            objectives.Value = Blobs.From(batch.Objectives.Span);
            constraints.Value = Blobs.From(batch.Constraints.Span);
            violations.Value = batch.Violations.Span.ContainsAnyExcept(0.0) ? Blobs.From(batch.Violations.Span) : Array.Empty<byte>();
            messages.Value = batch.Messages is null ? DBNull.Value : MessageList.Format(batch.Messages);
            command.ExecuteNonQuery();
            last = batch.Index + 1;
        }
        if (Description.RecordEvaluations)
        {
            WriteEvaluations(transaction, pending);
        }
        return last;
    }

    private void WriteEvaluations(SqliteTransaction transaction, List<JournaledBatch> pending)
    {
        SqliteCommand command = Prepared(ref _insertEvaluation, transaction, """
            INSERT INTO evaluations (run_id, candidate_id, batch, status, x_real, x_integer, x_bits, objectives, constraints, violation, message, batch_seconds)
            VALUES ($run, $candidate, $batch, $status, $reals, $integers, $bits, $objectives, $constraints, $violation, $message, $seconds);
            """, ("$candidate", SqliteType.Integer), ("$batch", SqliteType.Integer), ("$status", SqliteType.Text), ("$reals", SqliteType.Blob),
            ("$integers", SqliteType.Blob), ("$bits", SqliteType.Blob), ("$objectives", SqliteType.Blob), ("$constraints", SqliteType.Blob),
            ("$violation", SqliteType.Real), ("$message", SqliteType.Text), ("$seconds", SqliteType.Real));
        SqliteParameterCollection p = command.Parameters;
        SqliteParameter candidate = p["$candidate"], batchIndex = p["$batch"], status = p["$status"], reals = p["$reals"], integers = p["$integers"];
        SqliteParameter bits = p["$bits"], objectives = p["$objectives"], constraints = p["$constraints"], violation = p["$violation"];
        SqliteParameter message = p["$message"], seconds = p["$seconds"];
        foreach (JournaledBatch batch in pending)
        {
            if (!batch.HasGenomes)
            {
                continue;
            }
            int realLength = batch.Reals.Length / batch.Count, integerLength = batch.Integers.Length / batch.Count;
            int bitLength = batch.Bits.Length / batch.Count, objectiveCount = batch.Objectives.Length / batch.Count;
            int constraintCount = batch.Constraints.Length / batch.Count;
            batchIndex.Value = batch.Index;
            seconds.Value = batch.Seconds;
            for (int i = 0; i < batch.Count; i++)
            {
                bool failed = batch.Status.Span[i] == RowStatus.Failed;
                candidate.Value = batch.FirstId + i;
                status.Value = failed ? "failed" : "evaluated";
                reals.Value = realLength == 0 ? DBNull.Value : Blobs.From(batch.Reals.Span.Slice(i * realLength, realLength));
                integers.Value = integerLength == 0 ? DBNull.Value : Blobs.From(batch.Integers.Span.Slice(i * integerLength, integerLength));
                bits.Value = bitLength == 0 ? DBNull.Value : Blobs.From(batch.Bits.Span.Slice(i * bitLength, bitLength));
                objectives.Value = failed ? DBNull.Value : Blobs.From(batch.Objectives.Span.Slice(i * objectiveCount, objectiveCount));
                constraints.Value = constraintCount == 0 || failed ? DBNull.Value : Blobs.From(batch.Constraints.Span.Slice(i * constraintCount, constraintCount));
                violation.Value = failed ? DBNull.Value : batch.Violations.Span[i];
                message.Value = (object?)batch.Messages?[i] ?? DBNull.Value;
                command.ExecuteNonQuery();
            }
        }
    }

    private void WriteGenerations(SqliteTransaction transaction, List<GenerationReport> pending)
    {
        if (pending.Count == 0)
        {
            return;
        }
        SqliteCommand command = Prepared(ref _insertGeneration, transaction, """
            INSERT OR REPLACE INTO generations (run_id, generation, evaluations, failed, best, best_violation, mean, feasible_fraction, pareto_size, hypervolume, elapsed_seconds)
            VALUES ($run, $generation, $evaluations, $failed, $best, $violation, $mean, $feasible, $pareto, $hypervolume, $elapsed);
            """, ("$generation", SqliteType.Integer), ("$evaluations", SqliteType.Integer), ("$failed", SqliteType.Integer), ("$best", SqliteType.Real),
            ("$violation", SqliteType.Real), ("$mean", SqliteType.Real), ("$feasible", SqliteType.Real), ("$pareto", SqliteType.Integer),
            ("$hypervolume", SqliteType.Real), ("$elapsed", SqliteType.Real));
        SqliteParameterCollection p = command.Parameters;
        SqliteParameter generation = p["$generation"], evaluations = p["$evaluations"], failed = p["$failed"], best = p["$best"];
        SqliteParameter violation = p["$violation"], mean = p["$mean"], feasible = p["$feasible"], pareto = p["$pareto"];
        SqliteParameter hypervolume = p["$hypervolume"], elapsed = p["$elapsed"];
        foreach (GenerationReport report in pending)
        {
            generation.Value = report.Generation;
            evaluations.Value = report.Evaluations;
            failed.Value = report.FailedEvaluations;
            best.Value = (object?)report.BestObjective ?? DBNull.Value;
            violation.Value = (object?)report.BestViolation ?? DBNull.Value;
            mean.Value = (object?)report.MeanObjective ?? DBNull.Value;
            feasible.Value = report.FeasibleFraction;
            pareto.Value = report.ParetoSetSize;
            hypervolume.Value = (object?)report.Hypervolume ?? DBNull.Value;
            elapsed.Value = (_earlierElapsed + report.Elapsed).TotalSeconds;
            command.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// The statement in <paramref name="slot"/>, prepared once for the connection's life and moved to
    /// <paramref name="transaction"/>: re-preparing every statement at every checkpoint cost more than the inserts.
    /// </summary>
    private SqliteCommand Prepared(ref SqliteCommand? slot, SqliteTransaction transaction, string sql, params (string Name, SqliteType Type)[] parameters)
    {
        if (slot is null)
        {
            SqliteCommand command = _connection.CreateCommand();
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

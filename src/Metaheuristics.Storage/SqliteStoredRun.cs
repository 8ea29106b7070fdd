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
    private const int QueuedCheckpoints = 4;

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
        await foreach (CheckpointWrite write in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            if (_failure is not null)
            {
                continue; // after a failed write nothing more is written: the stored journal stays a prefix
            }
            try
            {
                Write(write);
            }
            catch (Exception exception)
            {
                _failure = exception;
            }
        }
    }

    private void Write(CheckpointWrite write)
    {
        RunResult? result = write.Result;
        RunCheckpoint checkpoint = write.Checkpoint;
        bool anything = write.Batches.Count > 0 || write.Generations.Count > 0 || result is null;
        try
        {
            using SqliteTransaction transaction = _connection.BeginTransaction();
            int batches = WriteBatches(transaction, write.Batches);
            WriteGenerations(transaction, write.Generations);
            if (anything)
            {
                using SqliteCommand command = Command(transaction, """
                    INSERT INTO checkpoints (run_id, sequence, batches, generation, evaluations, elapsed_seconds, created_at)
                    VALUES ($run, $sequence, $batches, $generation, $evaluations, $elapsed, $created);
                    """);
                command.Parameters.AddWithValue("$sequence", _checkpoints + 1);
                command.Parameters.AddWithValue("$batches", batches);
                command.Parameters.AddWithValue("$generation", checkpoint.Generation);
                command.Parameters.AddWithValue("$evaluations", checkpoint.Evaluations);
                command.Parameters.AddWithValue("$elapsed", (_earlierElapsed + checkpoint.Elapsed).TotalSeconds);
                command.Parameters.AddWithValue("$created", SqliteRunStore.Timestamp(_options));
                command.ExecuteNonQuery();
            }
            using (SqliteCommand update = Command(transaction, """
                UPDATE runs SET status = $status, ended_at = $ended, termination_reason = $reason, evaluations = $evaluations,
                    generations = $generations, best_objective = coalesce($best, best_objective),
                    hypervolume = coalesce($hypervolume, hypervolume), elapsed_seconds = $elapsed,
                    store_failure = $failure
                WHERE id = $run;
                """))
            {
                update.Parameters.AddWithValue("$status", (result is null ? StoredRunStatus.Running : StatusOf(result)).ToString().ToLowerInvariant());
                update.Parameters.AddWithValue("$ended", result is null ? DBNull.Value : SqliteRunStore.Timestamp(_options));
                update.Parameters.AddWithValue("$reason", result is null ? DBNull.Value : result.TerminationReason.ToString());
                update.Parameters.AddWithValue("$evaluations", checkpoint.Evaluations);
                update.Parameters.AddWithValue("$generations", checkpoint.Generation);
                update.Parameters.AddWithValue("$best", (object?)(result is null ? write.BestObjective : result.Best?.Objectives[0]) ?? DBNull.Value);
                update.Parameters.AddWithValue("$hypervolume", (object?)write.Hypervolume ?? DBNull.Value);
                update.Parameters.AddWithValue("$elapsed", (_earlierElapsed + checkpoint.Elapsed).TotalSeconds);
                update.Parameters.AddWithValue("$failure", (object?)result?.StoreFailure ?? DBNull.Value);
                update.ExecuteNonQuery();
            }
            transaction.Commit();
            if (anything)
            {
                _checkpoints++;
            }
            _durableBatches = batches;
        }
        catch (SqliteException exception)
        {
            throw StoreErrors.Describe(_path, exception);
        }
    }

    private int WriteBatches(SqliteTransaction transaction, List<JournaledBatch> pending)
    {
        if (pending.Count == 0)
        {
            return _durableBatches;
        }
        using SqliteCommand command = Command(transaction, """
            INSERT INTO batches (run_id, batch, first_id, count, fingerprint, seconds, status, objectives, constraints, violations, messages)
            VALUES ($run, $batch, $first, $count, $fingerprint, $seconds, $status, $objectives, $constraints, $violations, $messages);
            """);
        SqliteParameter batchIndex = command.Parameters.Add("$batch", SqliteType.Integer);
        SqliteParameter first = command.Parameters.Add("$first", SqliteType.Integer);
        SqliteParameter count = command.Parameters.Add("$count", SqliteType.Integer);
        SqliteParameter fingerprint = command.Parameters.Add("$fingerprint", SqliteType.Integer);
        SqliteParameter seconds = command.Parameters.Add("$seconds", SqliteType.Real);
        SqliteParameter status = command.Parameters.Add("$status", SqliteType.Blob);
        SqliteParameter objectives = command.Parameters.Add("$objectives", SqliteType.Blob);
        SqliteParameter constraints = command.Parameters.Add("$constraints", SqliteType.Blob);
        SqliteParameter violations = command.Parameters.Add("$violations", SqliteType.Blob);
        SqliteParameter messages = command.Parameters.Add("$messages", SqliteType.Text);
        command.Prepare();
        int last = _durableBatches;
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
        using SqliteCommand command = Command(transaction, """
            INSERT INTO evaluations (run_id, candidate_id, batch, status, x_real, x_integer, x_bits, objectives, constraints, violation, message, batch_seconds)
            VALUES ($run, $candidate, $batch, $status, $reals, $integers, $bits, $objectives, $constraints, $violation, $message, $seconds);
            """);
        SqliteParameter candidate = command.Parameters.Add("$candidate", SqliteType.Integer);
        SqliteParameter batchIndex = command.Parameters.Add("$batch", SqliteType.Integer);
        SqliteParameter status = command.Parameters.Add("$status", SqliteType.Text);
        SqliteParameter reals = command.Parameters.Add("$reals", SqliteType.Blob);
        SqliteParameter integers = command.Parameters.Add("$integers", SqliteType.Blob);
        SqliteParameter bits = command.Parameters.Add("$bits", SqliteType.Blob);
        SqliteParameter objectives = command.Parameters.Add("$objectives", SqliteType.Blob);
        SqliteParameter constraints = command.Parameters.Add("$constraints", SqliteType.Blob);
        SqliteParameter violation = command.Parameters.Add("$violation", SqliteType.Real);
        SqliteParameter message = command.Parameters.Add("$message", SqliteType.Text);
        SqliteParameter seconds = command.Parameters.Add("$seconds", SqliteType.Real);
        command.Prepare();
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
        using SqliteCommand command = Command(transaction, """
            INSERT OR REPLACE INTO generations (run_id, generation, evaluations, failed, best, best_violation, mean, feasible_fraction, pareto_size, hypervolume, elapsed_seconds)
            VALUES ($run, $generation, $evaluations, $failed, $best, $violation, $mean, $feasible, $pareto, $hypervolume, $elapsed);
            """);
        SqliteParameter generation = command.Parameters.Add("$generation", SqliteType.Integer);
        SqliteParameter evaluations = command.Parameters.Add("$evaluations", SqliteType.Integer);
        SqliteParameter failed = command.Parameters.Add("$failed", SqliteType.Integer);
        SqliteParameter best = command.Parameters.Add("$best", SqliteType.Real);
        SqliteParameter violation = command.Parameters.Add("$violation", SqliteType.Real);
        SqliteParameter mean = command.Parameters.Add("$mean", SqliteType.Real);
        SqliteParameter feasible = command.Parameters.Add("$feasible", SqliteType.Real);
        SqliteParameter pareto = command.Parameters.Add("$pareto", SqliteType.Integer);
        SqliteParameter hypervolume = command.Parameters.Add("$hypervolume", SqliteType.Real);
        SqliteParameter elapsed = command.Parameters.Add("$elapsed", SqliteType.Real);
        command.Prepare();
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

    private SqliteCommand Command(SqliteTransaction transaction, string sql)
    {
        SqliteCommand command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$run", Id);
        return command;
    }

    private static StoredRunStatus StatusOf(RunResult result) => result.TerminationReason switch
    {
        Termination.TerminationReason.Cancelled => StoredRunStatus.Cancelled,
        Termination.TerminationReason.EvaluationFailed or Termination.TerminationReason.StoreFailed => StoredRunStatus.Stopped,
        _ => StoredRunStatus.Completed,
    };
}

using System.Globalization;
using Metaheuristics.Journal;
using Metaheuristics.Populations;
using Metaheuristics.Running;
using Microsoft.Data.Sqlite;

namespace Metaheuristics.Storage;

/// <summary>
/// One run's journal in an SQLite store: batches and reports wait in memory and each checkpoint writes them in one
/// transaction, so a killed process leaves the run exactly as of its last checkpoint.
/// </summary>
internal sealed class SqliteStoredRun : IStoredRun
{
    private readonly string _path;
    private readonly SqliteRunStoreOptions _options;
    private readonly IReadOnlyList<JournaledBatch> _recorded;
    private readonly TimeSpan _earlierElapsed;
    private readonly SqliteConnection _connection;
    private readonly List<JournaledBatch> _pendingBatches = [];
    private readonly List<GenerationReport> _pendingGenerations = [];
    private int _checkpoints;
    private int _durableBatches;
    private double? _bestObjective;
    private double? _hypervolume;

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

    public ValueTask CheckpointAsync(RunCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(checkpoint, result: null);
        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(RunResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        cancellationToken.ThrowIfCancellationRequested();
        Write(new RunCheckpoint(_durableBatches, result.Generations, result.Evaluations, result.Elapsed), result);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private void Write(RunCheckpoint checkpoint, RunResult? result)
    {
        try
        {
            using SqliteTransaction transaction = _connection.BeginTransaction();
            int batches = WriteBatches(transaction);
            WriteGenerations(transaction);
            if (_pendingBatches.Count > 0 || _pendingGenerations.Count > 0 || result is null)
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
                update.Parameters.AddWithValue("$best", (object?)(result is null ? _bestObjective : result.Best?.Objectives[0]) ?? DBNull.Value);
                update.Parameters.AddWithValue("$hypervolume", (object?)_hypervolume ?? DBNull.Value);
                update.Parameters.AddWithValue("$elapsed", (_earlierElapsed + checkpoint.Elapsed).TotalSeconds);
                update.Parameters.AddWithValue("$failure", (object?)result?.StoreFailure ?? DBNull.Value);
                update.ExecuteNonQuery();
            }
            transaction.Commit();
            if (_pendingBatches.Count > 0 || _pendingGenerations.Count > 0 || result is null)
            {
                _checkpoints++;
            }
            _durableBatches = batches;
            _pendingBatches.Clear();
            _pendingGenerations.Clear();
        }
        catch (SqliteException exception)
        {
            throw StoreErrors.Describe(_path, exception);
        }
    }

    private int WriteBatches(SqliteTransaction transaction)
    {
        if (_pendingBatches.Count == 0)
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
        foreach (JournaledBatch batch in _pendingBatches)
        {
            batchIndex.Value = batch.Index;
            first.Value = batch.FirstId;
            count.Value = batch.Count;
            fingerprint.Value = unchecked((long)batch.Fingerprint);
            seconds.Value = batch.Seconds;
            status.Value = Blobs.From(batch.Status.Span);
            objectives.Value = Blobs.From(batch.Objectives.Span);
            constraints.Value = Blobs.From(batch.Constraints.Span);
            violations.Value = Blobs.From(batch.Violations.Span);
            messages.Value = batch.Messages is null ? DBNull.Value : MessageList.Format(batch.Messages);
            command.ExecuteNonQuery();
            last = batch.Index + 1;
        }
        if (Description.RecordEvaluations)
        {
            WriteEvaluations(transaction);
        }
        return last;
    }

    private void WriteEvaluations(SqliteTransaction transaction)
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
        foreach (JournaledBatch batch in _pendingBatches)
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

    private void WriteGenerations(SqliteTransaction transaction)
    {
        if (_pendingGenerations.Count == 0)
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
        foreach (GenerationReport report in _pendingGenerations)
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

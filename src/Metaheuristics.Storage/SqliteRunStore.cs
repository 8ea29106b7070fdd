using System.Globalization;
using Metaheuristics.Journal;
using Metaheuristics.Termination;
using Microsoft.Data.Sqlite;

namespace Metaheuristics.Storage;

/// <summary>
/// A run store in one SQLite file (WAL mode, versioned schema): each run's evaluated batches, per-generation statistics,
/// checkpoints and, on request, every evaluation. Several processes may share the file; each store writes its runs
/// through a connection of its own, in the background.
/// </summary>
/// <remarks>
/// The store's own members share one connection: call them from one thread at a time, or open one store per thread
/// (as <c>mh suite</c> does for its parallel runs). The runs it hands out may be used from any thread.
/// </remarks>
/// <example>
/// <code>
/// await using var store = SqliteRunStore.Open("runs.db");
/// await using IStoredRun journal = await store.CreateRunAsync(new RunDescription { Problem = "zdt1", Solver = "nsga2", Seed = 7 }, ct);
/// RunResult result = await Optimizer.SolveAsync(problem, solver, settings with { Journal = journal }, ct);
/// // After a crash: the same problem, solver and settings, with the reopened journal.
/// await using IStoredRun again = await store.OpenRunAsync(journal.Id, ct);
/// RunResult resumed = await Optimizer.SolveAsync(problem, solver, settings with { Journal = again }, ct);
/// </code>
/// </example>
public sealed class SqliteRunStore : IRunStore
{
    private readonly SqliteConnection _connection;
    private readonly SqliteRunStoreOptions _options;
    private readonly WalCheckpointer? _checkpointer;
    private readonly StoreWriter? _writer;
    private SqliteCommand? _insertRun;

    /// <summary>
    /// The INSERT that creates a run, prepared once for the store's life: preparing it for every run was a third of the
    /// 0.35 ms a run's creation took (p50, store-phases harness).
    /// </summary>
    private SqliteCommand PrepareInsertRun()
    {
        SqliteCommand command = _connection.CreateCommand();
        command.CommandText = """
            INSERT INTO runs (problem, solver, constraint_handler, seed, objectives, settings, record_evaluations, status, started_at)
            VALUES ($problem, $solver, $handler, $seed, $objectives, $settings, $record, 'running', $started)
            RETURNING id;
            """;
        foreach (string name in (string[])["$problem", "$solver", "$handler", "$seed", "$objectives", "$settings", "$record", "$started"])
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        command.Prepare();
        return command;
    }

    private SqliteRunStore(string path, SqliteConnection connection, SqliteRunStoreOptions options)
    {
        Path = path;
        _connection = connection;
        _options = options;
        if (!options.ReadOnly)
        {
            _checkpointer = new WalCheckpointer(path, options);
            _writer = new StoreWriter(path, options, _checkpointer);
        }
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>Opens (or creates) the store at <paramref name="path"/>, migrating an older schema.</summary>
    /// <exception cref="RunStoreException">Not a database, another application's database, a newer schema, locked or unwritable.</exception>
    public static SqliteRunStore Open(string path, SqliteRunStoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        options ??= new SqliteRunStoreOptions();
        options.Validate();
        string fullPath = System.IO.Path.GetFullPath(path);
        if (options.ReadOnly && !File.Exists(fullPath))
        {
            throw new RunStoreException(fullPath, "does not exist.");
        }
        SqliteConnection connection = Connect(fullPath, options);
        try
        {
            StoreSchema.Migrate(connection, fullPath, options.ReadOnly);
            return new SqliteRunStore(fullPath, connection, options);
        }
        catch (SqliteException exception)
        {
            connection.Dispose();
            throw StoreErrors.Describe(fullPath, exception);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    internal static SqliteConnection Connect(string path, SqliteRunStoreOptions options)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = options.ReadOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            using SqliteCommand pragmas = connection.CreateCommand();
            // WAL: readers never block the writer and a killed process loses nothing committed; NORMAL sync is durable
            // across process crashes in WAL mode (only a power cut can drop the last commits). No commit checkpoints
            // the log: the store's WalCheckpointer does, in the background.
            pragmas.CommandText = options.ReadOnly
                ? "PRAGMA foreign_keys = ON;"
                : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = 0;";
            pragmas.ExecuteNonQuery();
            if (options.MaxDatabaseBytes is { } bytes)
            {
                pragmas.CommandText = "PRAGMA page_size;";
                long pageSize = (long)pragmas.ExecuteScalar()!;
                pragmas.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA max_page_count = {Math.Max(1, bytes / pageSize)};");
                pragmas.ExecuteNonQuery();
            }
            return connection;
        }
        catch (SqliteException exception)
        {
            connection.Dispose();
            throw StoreErrors.Describe(path, exception);
        }
    }

    /// <inheritdoc />
    public ValueTask<IStoredRun> CreateRunAsync(RunDescription description, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(description);
        description.Validate();
        cancellationToken.ThrowIfCancellationRequested();
        RequireWritable();
        try
        {
            SqliteCommand command = _insertRun ??= PrepareInsertRun();
            SqliteParameterCollection p = command.Parameters;
            p["$problem"].Value = description.Problem;
            p["$solver"].Value = description.Solver;
            p["$handler"].Value = description.ConstraintHandler;
            p["$seed"].Value = description.Seed.ToString(CultureInfo.InvariantCulture);
            p["$objectives"].Value = description.Objectives;
            p["$settings"].Value = description.Settings;
            p["$record"].Value = description.RecordEvaluations ? 1 : 0;
            p["$started"].Value = Timestamp(_options);
            long id = (long)command.ExecuteScalar()!;
            return ValueTask.FromResult<IStoredRun>(new SqliteStoredRun(_writer!, _options, id, description, [], TimeSpan.Zero, checkpoints: 0));
        }
        catch (SqliteException exception)
        {
            throw StoreErrors.Describe(Path, exception);
        }
    }

    /// <inheritdoc />
    public async ValueTask<IStoredRun> OpenRunAsync(long id, CancellationToken cancellationToken)
    {
        StoredRunInfo info = await FindRunAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new KeyNotFoundException($"Run store '{Path}' has no run {id}.");
        RequireWritable();
        try
        {
            return new SqliteStoredRun(_writer!, _options, id, info.Description, ReadBatches(id), info.Elapsed, info.Checkpoints);
        }
        catch (SqliteException exception)
        {
            throw StoreErrors.Describe(Path, exception);
        }
    }

    /// <summary>The batches run <paramref name="id"/> checkpointed, oldest first: what a replay of it needs (read-only stores too).</summary>
    /// <exception cref="KeyNotFoundException">No run has that id.</exception>
    public async ValueTask<IReadOnlyList<JournaledBatch>> ReadBatchesAsync(long id, CancellationToken cancellationToken)
    {
        _ = await FindRunAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new KeyNotFoundException($"Run store '{Path}' has no run {id}.");
        try
        {
            return ReadBatches(id);
        }
        catch (SqliteException exception)
        {
            throw StoreErrors.Describe(Path, exception);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<StoredRunInfo>> ListRunsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IReadOnlyList<StoredRunInfo>>(QueryRuns(null));
    }

    /// <inheritdoc />
    public ValueTask<StoredRunInfo?> FindRunAsync(long id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        List<StoredRunInfo> runs = QueryRuns(id);
        return ValueTask.FromResult(runs.Count == 0 ? null : runs[0]);
    }

    /// <summary>The per-generation statistics run <paramref name="id"/> made durable, in order.</summary>
    public ValueTask<IReadOnlyList<StoredGeneration>> ReadGenerationsAsync(long id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            using SqliteCommand command = _connection.CreateCommand();
            command.CommandText = """
                SELECT generation, evaluations, failed, best, best_violation, mean, feasible_fraction, pareto_size, hypervolume, elapsed_seconds
                FROM generations WHERE run_id = $id ORDER BY generation;
                """;
            command.Parameters.AddWithValue("$id", id);
            using SqliteDataReader reader = command.ExecuteReader();
            var generations = new List<StoredGeneration>();
            while (reader.Read())
            {
                generations.Add(new StoredGeneration(reader.GetInt32(0), reader.GetInt64(1), reader.GetInt64(2), NullableDouble(reader, 3),
                    NullableDouble(reader, 4), NullableDouble(reader, 5), reader.GetDouble(6), reader.GetInt32(7), NullableDouble(reader, 8),
                    TimeSpan.FromSeconds(reader.GetDouble(9))));
            }
            reader.Close();
            command.CommandText = "SELECT statistics FROM generation_segments WHERE run_id = $id ORDER BY first_generation, rowid;";
            using (SqliteDataReader segments = command.ExecuteReader())
            {
                while (segments.Read())
                {
                    byte[] blob = (byte[])segments[0];
                    Unpacked(id, () => { GenerationSegment.AddTo(generations, blob); return 0; });
                }
            }
            // A generation written twice (around a resume) counts once, as it was last written.
            var byGeneration = new SortedDictionary<int, StoredGeneration>();
            foreach (StoredGeneration generation in generations)
            {
                byGeneration[generation.Generation] = generation;
            }
            return ValueTask.FromResult<IReadOnlyList<StoredGeneration>>([.. byGeneration.Values]);
        }
        catch (SqliteException exception)
        {
            throw StoreErrors.Describe(Path, exception);
        }
    }

    /// <summary>Every evaluation run <paramref name="id"/> recorded (when started with <c>RecordEvaluations</c>), by candidate id.</summary>
    public ValueTask<IReadOnlyList<StoredEvaluation>> ReadEvaluationsAsync(long id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            using SqliteCommand command = _connection.CreateCommand();
            command.CommandText = """
                SELECT candidate_id, batch, status, x_real, x_integer, x_bits, objectives, constraints, violation, message, batch_seconds
                FROM evaluations WHERE run_id = $id ORDER BY candidate_id;
                """;
            command.Parameters.AddWithValue("$id", id);
            using SqliteDataReader reader = command.ExecuteReader();
            var evaluations = new List<StoredEvaluation>();
            while (reader.Read())
            {
                evaluations.Add(new StoredEvaluation(reader.GetInt64(0), reader.GetInt32(1),
                    reader.GetString(2) == "failed" ? Populations.RowStatus.Failed : Populations.RowStatus.Evaluated,
                    Lane<double>(reader, 3), Lane<int>(reader, 4), Lane<byte>(reader, 5), Lane<double>(reader, 6), Lane<double>(reader, 7),
                    NullableDouble(reader, 8), reader.IsDBNull(9) ? null : reader.GetString(9), reader.GetDouble(10)));
            }
            reader.Close();
            foreach (BatchSegment segment in ReadSegments(id, withGenomes: true))
            {
                Unpacked(id, () => { segment.AddEvaluationsTo(evaluations); return 0; });
            }
            evaluations.Sort((a, b) => a.CandidateId.CompareTo(b.CandidateId));
            return ValueTask.FromResult<IReadOnlyList<StoredEvaluation>>(evaluations);
        }
        catch (SqliteException exception)
        {
            throw StoreErrors.Describe(Path, exception);
        }
    }

    /// <summary>Checkpoints written in the background so far, for tests.</summary>
    internal int WalCheckpoints => _checkpointer?.Completed ?? 0;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
        if (_checkpointer is not null)
        {
            await _checkpointer.DisposeAsync().ConfigureAwait(false);
        }
        _insertRun?.Dispose();
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    internal static string Timestamp(SqliteRunStoreOptions options) =>
        options.TimeProvider.GetUtcNow().ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private void RequireWritable()
    {
        if (_options.ReadOnly)
        {
            throw new RunStoreException(Path, "was opened read-only.");
        }
    }

    private List<JournaledBatch> ReadBatches(long id)
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.CommandText = """
            SELECT batch, first_id, count, fingerprint, seconds, status, objectives, constraints, violations, messages
            FROM batches WHERE run_id = $id ORDER BY batch;
            """;
        command.Parameters.AddWithValue("$id", id);
        using SqliteDataReader reader = command.ExecuteReader();
        var batches = new List<JournaledBatch>();
        while (reader.Read())
        {
            int index = reader.GetInt32(0);
            if (index != batches.Count)
            {
                throw new RunStoreException(Path, $"run {id} is missing batch {batches.Count} (found {index}); its journal is damaged.");
            }
            int count = reader.GetInt32(2);
            // Empty status and violation blobs stand for "every row evaluated" and "every row feasible".
            Populations.RowStatus[] status = Blobs.To<Populations.RowStatus>((byte[])reader[5]);
            double[] violations = Blobs.To<double>((byte[])reader[8]);
            if (status.Length == 0)
            {
                status = new Populations.RowStatus[count];
                status.AsSpan().Fill(Populations.RowStatus.Evaluated);
            }
            batches.Add(new JournaledBatch(index, reader.GetInt64(1), count, unchecked((ulong)reader.GetInt64(3)),
                status, Blobs.To<double>((byte[])reader[6]), Blobs.To<double>((byte[])reader[7]),
                violations.Length == 0 ? new double[count] : violations, reader.IsDBNull(9) ? null : MessageList.Parse(reader.GetString(9)),
                reader.GetDouble(4)));
        }
        foreach (BatchSegment segment in ReadSegments(id, withGenomes: false))
        {
            if (segment.FirstBatch != batches.Count)
            {
                throw new RunStoreException(Path, $"run {id} is missing batch {batches.Count} (found {segment.FirstBatch}); its journal is damaged.");
            }
            batches.AddRange(Unpacked(id, segment.Batches));
        }
        return batches;
    }

    /// <summary>Run <paramref name="id"/>'s batch segments (schema 2) in batch order.</summary>
    private List<BatchSegment> ReadSegments(long id, bool withGenomes)
    {
        using SqliteCommand command = _connection.CreateCommand();
        command.CommandText = $"""
            SELECT first_batch, batch_count, layout, status, objectives, constraints, violations, messages
                   {(withGenomes ? ", x_real, x_integer, x_bits" : "")}
            FROM batch_segments WHERE run_id = $id ORDER BY first_batch;
            """;
        command.Parameters.AddWithValue("$id", id);
        using SqliteDataReader reader = command.ExecuteReader();
        var segments = new List<BatchSegment>();
        while (reader.Read())
        {
            segments.Add(new BatchSegment(reader.GetInt32(0), reader.GetInt32(1), (byte[])reader[2], (byte[])reader[3], (byte[])reader[4],
                (byte[])reader[5], (byte[])reader[6], reader.IsDBNull(7) ? null : reader.GetString(7),
                withGenomes ? NullableBlob(reader, 8) : null, withGenomes ? NullableBlob(reader, 9) : null, withGenomes ? NullableBlob(reader, 10) : null));
        }
        return segments;
    }

    /// <summary>Unpacks a segment, turning a malformed one into the store error a damaged journal is.</summary>
    private T Unpacked<T>(long id, Func<T> unpack)
    {
        try
        {
            return unpack();
        }
        catch (Exception exception) when (exception is InvalidDataException or ArgumentException or IndexOutOfRangeException or DivideByZeroException)
        {
            throw new RunStoreException(Path, $"run {id} has a damaged journal segment ({exception.Message}).");
        }
    }

    private static byte[]? NullableBlob(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : (byte[])reader[column];

    private List<StoredRunInfo> QueryRuns(long? id)
    {
        try
        {
            using SqliteCommand command = _connection.CreateCommand();
            command.CommandText = $"""
                SELECT id, problem, solver, constraint_handler, seed, objectives, settings, record_evaluations, status, started_at,
                       ended_at, termination_reason, evaluations, generations, best_objective, elapsed_seconds, store_failure,
                       (SELECT count(*) FROM checkpoints c WHERE c.run_id = runs.id), hypervolume
                FROM runs {(id is null ? "" : "WHERE id = $id")} ORDER BY id;
                """;
            if (id is { } value)
            {
                command.Parameters.AddWithValue("$id", value);
            }
            using SqliteDataReader reader = command.ExecuteReader();
            var runs = new List<StoredRunInfo>();
            while (reader.Read())
            {
                runs.Add(new StoredRunInfo
                {
                    Id = reader.GetInt64(0),
                    Description = new RunDescription
                    {
                        Problem = reader.GetString(1),
                        Solver = reader.GetString(2),
                        ConstraintHandler = reader.GetString(3),
                        Seed = ulong.Parse(reader.GetString(4), CultureInfo.InvariantCulture),
                        Objectives = reader.GetInt32(5),
                        Settings = reader.GetString(6),
                        RecordEvaluations = reader.GetInt64(7) != 0,
                    },
                    Status = Enum.Parse<StoredRunStatus>(reader.GetString(8), ignoreCase: true),
                    StartedAt = DateTimeOffset.Parse(reader.GetString(9), CultureInfo.InvariantCulture),
                    EndedAt = reader.IsDBNull(10) ? null : DateTimeOffset.Parse(reader.GetString(10), CultureInfo.InvariantCulture),
                    TerminationReason = reader.IsDBNull(11) ? null : Enum.Parse<TerminationReason>(reader.GetString(11)),
                    Evaluations = reader.GetInt64(12),
                    Generations = reader.GetInt32(13),
                    BestObjective = NullableDouble(reader, 14),
                    Elapsed = TimeSpan.FromSeconds(reader.GetDouble(15)),
                    StoreFailure = reader.IsDBNull(16) ? null : reader.GetString(16),
                    Checkpoints = reader.GetInt32(17),
                    Hypervolume = NullableDouble(reader, 18),
                });
            }
            return runs;
        }
        catch (SqliteException exception)
        {
            throw StoreErrors.Describe(Path, exception);
        }
    }

    private static T[] Lane<T>(SqliteDataReader reader, int column) where T : unmanaged =>
        reader.IsDBNull(column) ? [] : Blobs.To<T>((byte[])reader[column]);

    private static double? NullableDouble(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetDouble(column);
}


using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Metaheuristics.Storage;

/// <summary>
/// A store's one writer: a background thread, with a connection and prepared statements of its own, that lives as long
/// as the store and writes the checkpoints of all its runs in the order they were queued. The solver only queues, until
/// its completion writes what is left (see remarks).
/// </summary>
/// <remarks>
/// <para>
/// A writer per run opened and closed a connection and prepared its statements for every run: 0.9 ms of a 16 ms run
/// (NSGA-II on ZDT1, 25,000 evaluations), on the other core, which on this kind of machine slows the solving core
/// too. SQLite lets one connection write at a time anyway, so runs of one store lose nothing by sharing it.
/// Consecutive writes of one run that queued up since the last transaction go in one transaction.
/// </para>
/// <para>
/// While checkpoints keep coming, the writer looks for them every <see cref="PollInterval"/> instead of being woken for
/// each: waking a sleeping thread cost the solving thread 17 µs a checkpoint, 2.5 % of that run, and more again in its
/// own slowed-down work. A checkpoint thus reaches the file at most <see cref="PollInterval"/> after it was made. After
/// <see cref="ParkAfter"/> without one, the writer sleeps until the next checkpoint wakes it, so an idle store costs
/// nothing.
/// </para>
/// <para>
/// A run's completion writes what is queued itself, on the caller's thread, instead of waking the writer and waiting
/// to be woken back: each of those two wake-ups took 0.1–0.2 ms on this kind of machine, more than the write.
/// </para>
/// </remarks>
internal sealed class StoreWriter : IAsyncDisposable
{
    // Writes a slow disk may fall behind by before the runs wait for it.
    private const int QueuedWrites = 64;

    /// <summary>How often a busy writer looks for checkpoints: the longest a checkpoint waits before it is written.</summary>
    internal static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(2);

    /// <summary>How long a writer that found nothing to write keeps looking before it sleeps until woken.</summary>
    internal static readonly TimeSpan ParkAfter = TimeSpan.FromMilliseconds(50);

    // The transaction's own statements, prepared once too: SqliteConnection.BeginTransaction and Commit prepare theirs
    // anew each time, 20 of the 180 µs a checkpoint's transaction took. Commands then run outside any SqliteTransaction.
    private static readonly StatementDefinition BeginTransaction = new("BEGIN IMMEDIATE;", []);
    private static readonly StatementDefinition CommitTransaction = new("COMMIT;", []);
    private static readonly StatementDefinition RollbackTransaction = new("ROLLBACK;", []);

    private readonly string _path;
    private readonly SqliteRunStoreOptions _options;
    private readonly WalCheckpointer _checkpointer;
    private readonly Channel<QueuedWrite> _queue =
        Channel.CreateBounded<QueuedWrite>(new BoundedChannelOptions(QueuedWrites) { SingleReader = true });
    private readonly ManualResetEventSlim _wake = new(initialState: false, spinCount: 0);
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _parked;

    // Guards what follows it and Buffer: the writer's thread and a run writing on completion use them one at a time.
    private readonly Lock _gate = new();
    private bool _closed;
    private SqliteConnection? _connection;
    private readonly Dictionary<StatementDefinition, SqliteCommand> _prepared = new(ReferenceEqualityComparer.Instance);
    private readonly List<QueuedWrite> _drained = [];
    private readonly List<CheckpointWrite> _writes = [];

    /// <summary>One queued item: a run's checkpoint.</summary>
    private readonly record struct QueuedWrite(SqliteStoredRun Run, CheckpointWrite Checkpoint);

    public StoreWriter(string path, SqliteRunStoreOptions options, WalCheckpointer checkpointer)
    {
        _path = path;
        _options = options;
        _checkpointer = checkpointer;
        new Thread(WriteQueued) { IsBackground = true, Name = "mh run store writer" }.Start();
    }

    /// <summary>A statement the writer prepares once: its SQL and its parameters.</summary>
    internal sealed record StatementDefinition(string Sql, (string Name, SqliteType Type)[] Parameters);

    /// <summary>Queues <paramref name="checkpoint"/> of <paramref name="run"/>, to be written within <see cref="PollInterval"/>.</summary>
    /// <exception cref="RunStoreException">The store was closed.</exception>
    public async ValueTask QueueAsync(SqliteStoredRun run, CheckpointWrite checkpoint, CancellationToken cancellationToken)
    {
        try
        {
            await _queue.Writer.WriteAsync(new QueuedWrite(run, checkpoint), cancellationToken).ConfigureAwait(false);
            // Read with a full fence, after the write: a writer about to sleep publishes _parked before it looks at the
            // queue a last time, so one of the two sees the other.
            if (Interlocked.CompareExchange(ref _parked, 0, 0) == 1)
            {
                _wake.Set();
            }
        }
        catch (ChannelClosedException exception)
        {
            throw new RunStoreException(_path, $"was closed while run {run.Id} was still writing to it.", exception);
        }
    }

    /// <summary>
    /// Writes everything queued so far, of every run, in order, on the calling thread (a run's completion, or a run
    /// disposed before it completed); nothing when the store was closed, which wrote it all.
    /// </summary>
    public void WriteQueuedNow()
    {
        lock (_gate)
        {
            if (!_closed)
            {
                DrainAndWrite();
            }
        }
    }

    /// <summary>Writes what is queued, then closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        _wake.Set();
        await _stopped.Task.ConfigureAwait(false);
        // _wake is left to the collector: a run racing the store's disposal may still set it after its last write.
        lock (_gate)
        {
            _closed = true;
            foreach (SqliteCommand command in _prepared.Values)
            {
                command.Dispose();
            }
            _connection?.Dispose();
        }
    }

    /// <summary>The statement <paramref name="definition"/> for <paramref name="runId"/>, prepared once for the writer's life.</summary>
    internal SqliteCommand Prepared(StatementDefinition definition, long runId)
    {
        SqliteCommand command = Prepared(definition);
        command.Parameters["$run"].Value = runId;
        return command;
    }

    /// <summary>Where a run packs the blobs of the write in progress (the writer clears it before each).</summary>
    internal PackBuffer Buffer { get; } = new();

    /// <summary>Commits the transaction the writer began for a run's write (the run's call, once all of it is written).</summary>
    internal void Commit() => Prepared(CommitTransaction).ExecuteNonQuery();

    private SqliteCommand Prepared(StatementDefinition definition)
    {
        if (!_prepared.TryGetValue(definition, out SqliteCommand? command))
        {
            command = _connection!.CreateCommand();
            command.CommandText = definition.Sql;
            foreach ((string name, SqliteType type) in definition.Parameters)
            {
                command.Parameters.Add(name, type);
            }
            command.Prepare();
            _prepared.Add(definition, command);
        }
        return command;
    }

    /// <summary>Ends a failed write's transaction, if SQLite has not already (it rolls back by itself after some errors).</summary>
    private void RollBack()
    {
        try
        {
            Prepared(RollbackTransaction).ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // No transaction was active any more.
        }
    }

    private void WriteQueued()
    {
        try
        {
            WriteUntilClosed();
        }
        finally
        {
            _stopped.SetResult();
        }
    }

    private void WriteUntilClosed()
    {
        long lastWork = Environment.TickCount64;
        while (true)
        {
            bool wrote;
            lock (_gate)
            {
                wrote = DrainAndWrite();
            }
            if (wrote)
            {
                lastWork = Environment.TickCount64;
            }
            else if (_queue.Reader.Completion.IsCompleted)
            {
                return;
            }
            if (Environment.TickCount64 - lastWork > ParkAfter.TotalMilliseconds)
            {
                Interlocked.Exchange(ref _parked, 1);
                if (!_queue.Reader.TryPeek(out _) && !_queue.Reader.Completion.IsCompleted)
                {
                    _wake.Wait();
                }
                Volatile.Write(ref _parked, 0);
            }
            else
            {
                _wake.Wait(PollInterval);
            }
            _wake.Reset();
        }
    }

    /// <summary>Takes what is queued and writes it (under <see cref="_gate"/>); false when nothing was queued.</summary>
    private bool DrainAndWrite()
    {
        List<QueuedWrite> drained = _drained;
        List<CheckpointWrite> writes = _writes;
        drained.Clear();
        while (_queue.Reader.TryRead(out QueuedWrite item))
        {
            drained.Add(item);
        }
        if (drained.Count == 0)
        {
            return false;
        }
        bool committed = false;
        for (int start = 0, end; start < drained.Count; start = end)
        {
            writes.Clear();
            for (end = start; end < drained.Count && drained[end].Run == drained[start].Run; end++)
            {
                writes.Add(drained[end].Checkpoint);
            }
            committed |= Write(drained[start].Run, writes);
        }
        drained.Clear(); // the checkpoints' batches are garbage from here on
        writes.Clear();
        if (committed)
        {
            _checkpointer.Request();
        }
        return true;
    }

    /// <summary>Writes one run's checkpoints in one transaction; a failure is the run's, and the next write of another run tries again.</summary>
    private bool Write(SqliteStoredRun run, List<CheckpointWrite> writes)
    {
        if (run.Failure is not null)
        {
            return false; // after a failed write nothing more is written: the stored journal stays a prefix
        }
        bool begun = false;
        try
        {
            _connection ??= SqliteRunStore.Connect(_path, _options);
            Prepared(BeginTransaction).ExecuteNonQuery();
            begun = true;
            Buffer.Clear();
            run.Write(this, writes);
            return true;
        }
        catch (SqliteException exception)
        {
            run.Fail(StoreErrors.Describe(_path, exception));
        }
        catch (Exception exception)
        {
            run.Fail(exception);
        }
        if (begun)
        {
            RollBack();
        }
        return false;
    }
}

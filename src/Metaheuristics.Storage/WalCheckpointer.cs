using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace Metaheuristics.Storage;

/// <summary>
/// Copies a store's write-ahead log back into the database file on a background task of its own, with its own
/// connection, at most once per <see cref="Interval"/>, so that no run's commit pays for it.
/// </summary>
/// <remarks>
/// Left to SQLite, the checkpoint runs inside whichever commit pushes the log past 1,000 pages, with an fsync of the
/// database file: a run's last commit waited about 8 ms for it about one time in five (NSGA-II on ZDT1, 25,000
/// evaluations; bench/results/2026-12-03-sa-speed-and-store.md), on a run of 20 ms. The store's connections therefore
/// turn automatic checkpoints off and each commit asks for one here instead. A checkpoint that fails (busy, a full disk)
/// loses nothing: the commits are safe in the log, and the next checkpoint, or SQLite's own when the last connection
/// closes, copies them.
/// </remarks>
internal sealed class WalCheckpointer : IAsyncDisposable
{
    /// <summary>
    /// How often at most: the log grows by at most one interval of commits between checkpoints. Back-to-back stored runs
    /// of 20 ms (RunStoreBenchmarks) wrote about 20 MB of log a second; at 1 s the log grew that large and the stored
    /// runs took 1.28 times a storeless one, at 100 ms 1.20.
    /// </summary>
    internal static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly string _path;
    private readonly SqliteRunStoreOptions _options;
    private readonly Channel<bool> _requests = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    public WalCheckpointer(string path, SqliteRunStoreOptions options)
    {
        _path = path;
        _options = options;
        _loop = Task.Run(CheckpointRequestedAsync);
    }

    /// <summary>Checkpoints written so far, for tests.</summary>
    internal int Completed { get; private set; }

    /// <summary>Asks for a checkpoint soon; requests made before it starts are served by the same checkpoint.</summary>
    public void Request() => _requests.Writer.TryWrite(true);

    /// <summary>Stops without a last checkpoint: the store's last connection to close makes SQLite write one.</summary>
    public async ValueTask DisposeAsync()
    {
        _requests.Writer.TryComplete();
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task CheckpointRequestedAsync()
    {
        SqliteConnection? connection = null;
        try
        {
            while (await _requests.Reader.WaitToReadAsync().ConfigureAwait(false))
            {
                _requests.Reader.TryRead(out _);
                try
                {
                    connection ??= SqliteRunStore.Connect(_path, _options);
                    using SqliteCommand command = connection.CreateCommand();
                    // PASSIVE copies what it can without waiting for any reader or writer.
                    command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                    command.ExecuteNonQuery();
                    Completed++;
                }
                catch (RunStoreException)
                {
                    // The connection could not be opened: the next request tries again.
                }
                catch (SqliteException)
                {
                    // Busy or full: nothing is lost (see remarks), the next request tries again.
                }
                await Task.Delay(Interval, _options.TimeProvider, _stopping.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Disposed while waiting out the interval.
        }
        finally
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}

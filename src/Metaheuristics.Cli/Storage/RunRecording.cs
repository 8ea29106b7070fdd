using Metaheuristics.Journal;
using Metaheuristics.Storage;

namespace Metaheuristics.Cli.Storage;

/// <summary>
/// The run store's part in one <c>mh solve</c>: opens the store, creates (or reopens) the run's journal, and closes
/// both at the end. A store that cannot be opened for a new run is a warning, not an error, unless the user asked to
/// stop on store failures: the run itself is worth more than its record.
/// </summary>
internal sealed class RunRecording : IAsyncDisposable
{
    private readonly SqliteRunStore? _store;
    private readonly IStoredRun? _storedRun;

    private RunRecording(SqliteRunStore? store, IStoredRun? storedRun, IRunJournal? journal, string? storePath, long? runId,
        StoredRunInfo? replayed, long replayedEvaluations)
    {
        _store = store;
        _storedRun = storedRun;
        Journal = journal;
        StorePath = storePath;
        RunId = runId;
        Replayed = replayed;
        ReplayedEvaluations = replayedEvaluations;
    }

    /// <summary>The journal to run with, or null when nothing is recorded.</summary>
    public IRunJournal? Journal { get; }

    /// <summary>The store's file, when the run is stored.</summary>
    public string? StorePath { get; }

    /// <summary>The run's id in the store, when it is stored.</summary>
    public long? RunId { get; }

    /// <summary>When resuming or replaying, the stored run as it was found; else null.</summary>
    public StoredRunInfo? Replayed { get; }

    /// <summary>In replay mode, the evaluations its journal holds (where the replay stops).</summary>
    public long ReplayedEvaluations { get; }

    public static async Task<RunRecording> StartAsync(RecordingMode mode, string storePath, long runId, RunDescription description,
        bool stopOnStoreFailure, TextWriter error, CancellationToken cancellationToken)
    {
        switch (mode)
        {
            case RecordingMode.None:
                return new RunRecording(null, null, null, null, null, null, 0);
            case RecordingMode.New:
                SqliteRunStore? store = null;
                try
                {
                    store = SqliteRunStore.Open(storePath);
                    IStoredRun run = await store.CreateRunAsync(description, cancellationToken).ConfigureAwait(false);
                    return new RunRecording(store, run, run, store.Path, run.Id, null, 0);
                }
                catch (RunStoreException exception)
                {
                    if (store is not null)
                    {
                        await store.DisposeAsync().ConfigureAwait(false);
                    }
                    if (stopOnStoreFailure)
                    {
                        throw new UsageException("--store", exception.Message);
                    }
                    error.WriteLine($"warning: this run is not recorded: {exception.Message}");
                    return new RunRecording(null, null, null, null, null, null, 0);
                }
            case RecordingMode.Resume:
                return await OpenAsync(storePath, runId, readOnly: false, async (opened, info) =>
                {
                    IStoredRun run = await opened.OpenRunAsync(runId, cancellationToken).ConfigureAwait(false);
                    return new RunRecording(opened, run, run, opened.Path, runId, info, 0);
                }, cancellationToken).ConfigureAwait(false);
            default:
                return await OpenAsync(storePath, runId, readOnly: true, async (opened, info) =>
                {
                    IReadOnlyList<JournaledBatch> batches = await opened.ReadBatchesAsync(runId, cancellationToken).ConfigureAwait(false);
                    long evaluations = 0;
                    foreach (JournaledBatch batch in batches)
                    {
                        evaluations += batch.Count;
                    }
                    if (evaluations == 0)
                    {
                        throw new UsageException("run", $"run {runId} checkpointed no evaluation yet: there is nothing to export.");
                    }
                    return new RunRecording(opened, null, new MemoryRunJournal(batches), opened.Path, runId, info, evaluations);
                }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Opens the store and run <paramref name="runId"/> for a resume or a replay; every failure is the user's to fix, so an error.</summary>
    private static async Task<RunRecording> OpenAsync(string storePath, long runId, bool readOnly,
        Func<SqliteRunStore, StoredRunInfo, Task<RunRecording>> open, CancellationToken cancellationToken)
    {
        SqliteRunStore store;
        try
        {
            store = SqliteRunStore.Open(storePath, new SqliteRunStoreOptions { ReadOnly = readOnly });
        }
        catch (RunStoreException exception)
        {
            throw new UsageException("--store", exception.Message);
        }
        try
        {
            StoredRunInfo info = await store.FindRunAsync(runId, cancellationToken).ConfigureAwait(false)
                ?? throw new UsageException("run", $"{store.Path} has no run {runId} (see 'mh runs list').");
            return await open(store, info).ConfigureAwait(false);
        }
        catch (RunStoreException exception)
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw new UsageException("--store", exception.Message);
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>When resuming or replaying, the run's recorded evaluations (empty unless it was started with --record-evaluations).</summary>
    public async Task<IReadOnlyList<StoredEvaluation>> ReadEvaluationsAsync(CancellationToken cancellationToken) =>
        _store is null || Replayed is not { Description.RecordEvaluations: true }
            ? []
            : await _store.ReadEvaluationsAsync(Replayed.Id, cancellationToken).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        if (_storedRun is not null)
        {
            await _storedRun.DisposeAsync().ConfigureAwait(false);
        }
        if (_store is not null)
        {
            await _store.DisposeAsync().ConfigureAwait(false);
        }
    }
}

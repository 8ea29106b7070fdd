namespace Metaheuristics.Journal;

/// <summary>
/// A durable home for runs: creates a journal per run, lists and finds runs, and reopens one to resume it. The engine
/// ships an SQLite implementation (<c>Metaheuristics.Storage.SqliteRunStore</c>); any other implements the same
/// thin contract, since replay lives in the driver.
/// </summary>
public interface IRunStore : IAsyncDisposable
{
    /// <summary>Records a new run and returns its journal, to pass as <c>RunSettings.Journal</c>.</summary>
    ValueTask<IStoredRun> CreateRunAsync(RunDescription description, CancellationToken cancellationToken);

    /// <summary>Reopens run <paramref name="id"/> with everything it checkpointed, to resume (or replay) it.</summary>
    /// <exception cref="KeyNotFoundException">No run has that id.</exception>
    ValueTask<IStoredRun> OpenRunAsync(long id, CancellationToken cancellationToken);

    /// <summary>Every run, oldest first.</summary>
    ValueTask<IReadOnlyList<StoredRunInfo>> ListRunsAsync(CancellationToken cancellationToken);

    /// <summary>Run <paramref name="id"/>, or null when there is none.</summary>
    ValueTask<StoredRunInfo?> FindRunAsync(long id, CancellationToken cancellationToken);
}

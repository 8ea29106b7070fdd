namespace Metaheuristics.Journal;

/// <summary>The journal of one run in a <see cref="IRunStore"/>, with the run's identity and what it was started with.</summary>
public interface IStoredRun : IRunJournal, IAsyncDisposable
{
    /// <summary>The run's id in its store.</summary>
    long Id { get; }

    /// <summary>What the run was started with.</summary>
    RunDescription Description { get; }
}

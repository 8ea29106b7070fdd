namespace Metaheuristics.Journal;

/// <summary>What a run does when its journal (run store) fails: a full disk, a locked or corrupt database.</summary>
public enum StoreFailurePolicy
{
    /// <summary>Keep running in memory without the journal; the result says the store failed (<c>RunResult.StoreFailure</c>).</summary>
    Continue,

    /// <summary>Stop cleanly with the best found so far (<c>TerminationReason.StoreFailed</c>).</summary>
    Stop,
}

namespace Metaheuristics.Journal;

/// <summary>Where a stored run stands.</summary>
public enum StoredRunStatus
{
    /// <summary>Started and not ended: still running, or its process died (killed, crashed); resumable.</summary>
    Running,

    /// <summary>Ended by its termination criterion or because the solver finished.</summary>
    Completed,

    /// <summary>Cancelled by its caller (Ctrl-C); resumable.</summary>
    Cancelled,

    /// <summary>Stopped by a failed evaluation under fail-fast, or by a store failure under the stop policy.</summary>
    Stopped,
}

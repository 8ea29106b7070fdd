using Metaheuristics.Termination;

namespace Metaheuristics.Journal;

/// <summary>One stored run as a store lists it.</summary>
public sealed record StoredRunInfo
{
    /// <summary>The run's id in its store.</summary>
    public required long Id { get; init; }

    /// <summary>What the run was started with.</summary>
    public required RunDescription Description { get; init; }

    /// <summary>Where the run stands.</summary>
    public required StoredRunStatus Status { get; init; }

    /// <summary>When the run was created (UTC).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the run ended (UTC), or null while it has not.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Why it ended, or null while it has not.</summary>
    public TerminationReason? TerminationReason { get; init; }

    /// <summary>Evaluations made durable so far (all of them once it ended).</summary>
    public long Evaluations { get; init; }

    /// <summary>Generations made durable so far.</summary>
    public int Generations { get; init; }

    /// <summary>Checkpoints taken.</summary>
    public int Checkpoints { get; init; }

    /// <summary>The best objective (user's sense) at the last checkpoint, for single-objective runs; else null.</summary>
    public double? BestObjective { get; init; }

    /// <summary>The hypervolume of the feasible non-dominated set at the last checkpoint, for multi-objective runs that measure it; else null.</summary>
    public double? Hypervolume { get; init; }

    /// <summary>Time the run has spent, summed over the processes that ran it, as of its last checkpoint.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>The store failure a run reported at its end, or null.</summary>
    public string? StoreFailure { get; init; }
}

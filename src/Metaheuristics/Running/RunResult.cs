using Metaheuristics.Termination;

namespace Metaheuristics.Running;

/// <summary>The outcome of a run: the best candidate or the Pareto set, and how the run went.</summary>
public sealed class RunResult
{
    /// <summary>The problem's name.</summary>
    public required string ProblemName { get; init; }

    /// <summary>The solver's name.</summary>
    public required string SolverName { get; init; }

    /// <summary>The constraint handler's id (<c>feasibility</c> unless another was set).</summary>
    public string ConstraintHandlerName { get; init; } = "feasibility";

    /// <summary>
    /// The tolerance ε with which equality constraints were judged satisfied (|h| ≤ ε): feasibility and violations in
    /// this result are measured with it.
    /// </summary>
    public double EqualityTolerance { get; init; }

    /// <summary>The seed the run used.</summary>
    public required ulong Seed { get; init; }

    /// <summary>The number of objectives.</summary>
    public required int ObjectiveCount { get; init; }

    /// <summary>Evaluations used, including failed ones; never more than the budget.</summary>
    public required long Evaluations { get; init; }

    /// <summary>Evaluations that failed (threw, NaN/∞, error, timeout).</summary>
    public required long FailedEvaluations { get; init; }

    /// <summary>Generations completed.</summary>
    public required int Generations { get; init; }

    /// <summary>Time spent solving, measured in-process.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Why the run ended.</summary>
    public required TerminationReason TerminationReason { get; init; }

    /// <summary>The message of the failure that stopped the run under fail-fast, else null.</summary>
    public string? FailureMessage { get; init; }

    /// <summary>The most failed evaluations <see cref="Failures"/> keeps.</summary>
    public const int MaxRecordedFailures = 100;

    /// <summary>
    /// The first failed evaluations (up to <see cref="MaxRecordedFailures"/>), each with its candidate and reason;
    /// <see cref="FailedEvaluations"/> counts them all.
    /// </summary>
    public IReadOnlyList<FailedEvaluation> Failures { get; init; } = [];

    /// <summary>
    /// The best candidate found (single objective: least violation, then best objective; ties go to the earlier one),
    /// or null when nothing was evaluated successfully.
    /// </summary>
    public Solution? Best { get; init; }

    /// <summary>
    /// The non-dominated set found (multi-objective; feasible points only once any is feasible), in the order found.
    /// For a single objective it holds <see cref="Best"/> alone.
    /// </summary>
    public required IReadOnlyList<Solution> ParetoSet { get; init; }

    /// <summary>
    /// Reports of one generation per <see cref="RunSettings.HistoryInterval"/> evaluations (every generation whose
    /// batch is at least that large) and of the last generation, in order, each with the best so far.
    /// (<see cref="OptimizationRun.RunAsync"/> streams every generation.)
    /// </summary>
    public required IReadOnlyList<GenerationReport> History { get; init; }

    /// <summary>
    /// Why the run store (<see cref="RunSettings.Journal"/>) stopped recording, or null when it never failed. Under
    /// <see cref="Journal.StoreFailurePolicy.Continue"/> the run went on in memory after it; under
    /// <see cref="Journal.StoreFailurePolicy.Stop"/> it ended with <see cref="TerminationReason.StoreFailed"/>.
    /// </summary>
    public string? StoreFailure { get; internal set; }

    /// <summary>Evaluations a resumed run took from its journal instead of evaluating again (0 for a fresh run).</summary>
    public long ReplayedEvaluations { get; init; }

    /// <summary>True when the caller cancelled the run.</summary>
    public bool WasCancelled => TerminationReason == TerminationReason.Cancelled;
}

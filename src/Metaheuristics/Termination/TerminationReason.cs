namespace Metaheuristics.Termination;

/// <summary>Why a run ended.</summary>
public enum TerminationReason
{
    /// <summary>The evaluation budget was used up exactly.</summary>
    MaxEvaluations,
    /// <summary>The generation limit was reached.</summary>
    MaxGenerations,
    /// <summary>The time limit passed.</summary>
    TimeLimit,
    /// <summary>The best feasible objective reached the target.</summary>
    TargetReached,
    /// <summary>The best did not improve for the given number of generations.</summary>
    Stagnation,
    /// <summary>The caller cancelled; the result holds the best found so far.</summary>
    Cancelled,
    /// <summary>An evaluation failed under <c>FailurePolicy.Stop</c>; the result holds the best found so far and the message.</summary>
    EvaluationFailed,
    /// <summary>The solver had nothing more to ask.</summary>
    SolverFinished,
    /// <summary>The run store failed under <c>StoreFailurePolicy.Stop</c>; the result holds the best found so far and the store's message.</summary>
    StoreFailed,
}

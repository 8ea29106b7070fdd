using Metaheuristics.Populations;

namespace Metaheuristics.Solvers;

/// <summary>
/// One run of a solver, driven by ask and tell: <see cref="Ask"/> fills rows with candidates to score, the shared
/// evaluator scores them in place, <see cref="Tell"/> hands them back. The run never calls the objective itself.
/// </summary>
public interface ISolverRun
{
    /// <summary>Generations told so far.</summary>
    int Generation { get; }

    /// <summary>True when the solver has nothing more to ask.</summary>
    bool IsFinished { get; }

    /// <summary>Prepares the next rows to score.</summary>
    EvaluationBatch Ask();

    /// <summary>
    /// Receives the scored rows. The batch may be shorter than asked (the budget ran out) and some rows may be
    /// <see cref="RowStatus.Pending"/> (cancellation) or <see cref="RowStatus.Failed"/>; such rows rank worst.
    /// </summary>
    void Tell(EvaluationBatch evaluated);
}

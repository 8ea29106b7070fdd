using Metaheuristics.Problems;

namespace Metaheuristics.Termination;

/// <summary>Stops when a feasible best reaches <see cref="Target"/> (at or below for minimization, at or above for maximization).</summary>
public sealed record TargetReached(double Target) : ITerminationCriterion
{
    /// <inheritdoc/>
    public long? EvaluationBudget => null;

    /// <inheritdoc/>
    public TerminationReason? Check(in RunProgress progress)
    {
        if (progress.BestObjective is not { } best || !progress.BestIsFeasible)
        {
            return null;
        }
        bool reached = progress.Sense == ObjectiveSense.Minimize ? best <= Target : best >= Target;
        return reached ? TerminationReason.TargetReached : null;
    }
}

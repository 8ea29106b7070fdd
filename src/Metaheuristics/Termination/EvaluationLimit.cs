namespace Metaheuristics.Termination;

/// <summary>Stops when exactly <see cref="MaxEvaluations"/> evaluations have been used.</summary>
public sealed record EvaluationLimit(long MaxEvaluations) : ITerminationCriterion
{
    /// <inheritdoc/>
    public long? EvaluationBudget => MaxEvaluations;

    /// <inheritdoc/>
    public TerminationReason? Check(in RunProgress progress) =>
        progress.Evaluations >= MaxEvaluations ? TerminationReason.MaxEvaluations : null;
}

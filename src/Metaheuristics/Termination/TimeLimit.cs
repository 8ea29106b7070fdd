namespace Metaheuristics.Termination;

/// <summary>Stops once <see cref="Limit"/> has passed (checked after each generation, on the run's <see cref="TimeProvider"/>).</summary>
public sealed record TimeLimit(TimeSpan Limit) : ITerminationCriterion
{
    /// <inheritdoc/>
    public long? EvaluationBudget => null;

    /// <inheritdoc/>
    public TerminationReason? Check(in RunProgress progress) =>
        progress.Elapsed >= Limit ? TerminationReason.TimeLimit : null;
}

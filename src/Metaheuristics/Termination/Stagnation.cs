namespace Metaheuristics.Termination;

/// <summary>Stops when the best (or the Pareto set) has not improved for <see cref="Generations"/> generations.</summary>
public sealed record Stagnation(int Generations) : ITerminationCriterion
{
    /// <inheritdoc/>
    public long? EvaluationBudget => null;

    /// <inheritdoc/>
    public TerminationReason? Check(in RunProgress progress) =>
        progress.GenerationsWithoutImprovement >= Generations ? TerminationReason.Stagnation : null;
}

namespace Metaheuristics.Termination;

/// <summary>Stops after <see cref="MaxGenerations"/> generations.</summary>
public sealed record GenerationLimit(int MaxGenerations) : ITerminationCriterion
{
    /// <inheritdoc/>
    public long? EvaluationBudget => null;

    /// <inheritdoc/>
    public TerminationReason? Check(in RunProgress progress) =>
        progress.Generation >= MaxGenerations ? TerminationReason.MaxGenerations : null;
}

namespace Metaheuristics.Termination;

/// <summary>Stops as soon as any of its criteria says so; its budget is the smallest of theirs.</summary>
public sealed class AnyOf : ITerminationCriterion
{
    private readonly ITerminationCriterion[] _criteria;

    /// <summary>Combines <paramref name="criteria"/>.</summary>
    public AnyOf(params ITerminationCriterion[] criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        if (criteria.Length == 0)
        {
            throw new ArgumentException("AnyOf needs at least one criterion.", nameof(criteria));
        }
        _criteria = [.. criteria];
        foreach (ITerminationCriterion criterion in _criteria)
        {
            ArgumentNullException.ThrowIfNull(criterion, nameof(criteria));
            if (criterion.EvaluationBudget is { } budget)
            {
                EvaluationBudget = EvaluationBudget is { } current ? Math.Min(current, budget) : budget;
            }
        }
    }

    /// <summary>The combined criteria.</summary>
    public IReadOnlyList<ITerminationCriterion> Criteria => _criteria;

    /// <inheritdoc/>
    public long? EvaluationBudget { get; }

    /// <inheritdoc/>
    public TerminationReason? Check(in RunProgress progress)
    {
        foreach (ITerminationCriterion criterion in _criteria)
        {
            if (criterion.Check(progress) is { } reason)
            {
                return reason;
            }
        }
        return null;
    }
}

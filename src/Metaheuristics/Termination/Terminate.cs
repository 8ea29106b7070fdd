namespace Metaheuristics.Termination;

/// <summary>Factory for termination criteria.</summary>
/// <example><code>Terminate.WhenAny(Terminate.AfterEvaluations(25_000), Terminate.After(TimeSpan.FromMinutes(5)))</code></example>
public static class Terminate
{
    /// <summary>Stop after exactly <paramref name="evaluations"/> evaluations.</summary>
    public static ITerminationCriterion AfterEvaluations(long evaluations)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(evaluations);
        return new EvaluationLimit(evaluations);
    }

    /// <summary>Stop after <paramref name="generations"/> generations.</summary>
    public static ITerminationCriterion AfterGenerations(int generations)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(generations);
        return new GenerationLimit(generations);
    }

    /// <summary>Stop once <paramref name="limit"/> has passed.</summary>
    public static ITerminationCriterion After(TimeSpan limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(limit, TimeSpan.Zero);
        return new TimeLimit(limit);
    }

    /// <summary>Stop when a feasible best reaches <paramref name="target"/>.</summary>
    public static ITerminationCriterion AtTarget(double target)
    {
        if (!double.IsFinite(target))
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "target must be finite.");
        }
        return new TargetReached(target);
    }

    /// <summary>Stop after <paramref name="generations"/> generations without improvement.</summary>
    public static ITerminationCriterion OnStagnation(int generations)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(generations);
        return new Stagnation(generations);
    }

    /// <summary>Stop when any of <paramref name="criteria"/> says so.</summary>
    public static ITerminationCriterion WhenAny(params ITerminationCriterion[] criteria) => new AnyOf(criteria);
}

namespace Metaheuristics.Operators.Selection;

/// <summary>
/// The parents a selection chooses from, ranked: index 0 is the best. <see cref="Weights"/> holds non-negative
/// fitness-proportional weights by rank for roulette-style selections (larger is better).
/// </summary>
public readonly ref struct SelectionPool
{
    /// <summary>Wraps the ranked pool.</summary>
    public SelectionPool(int count, ReadOnlySpan<double> weights)
    {
        Count = count;
        Weights = weights;
    }

    /// <summary>How many ranked parents there are.</summary>
    public int Count { get; }

    /// <summary>Fitness-proportional weights by rank (larger is better, all ≥ 0).</summary>
    public ReadOnlySpan<double> Weights { get; }
}

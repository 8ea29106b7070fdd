using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Selection;

/// <summary>Roulette-wheel (fitness-proportional) selection: each draw picks a parent with probability proportional to its weight.</summary>
public sealed class RouletteWheelSelection : ISelection
{
    /// <inheritdoc/>
    public void Select(SelectionPool pool, Span<int> chosen, ref RandomStream random)
    {
        double total = WeightedDraw.Total(pool.Weights);
        for (int i = 0; i < chosen.Length; i++)
        {
            chosen[i] = WeightedDraw.At(pool.Weights, random.NextDouble() * total);
        }
    }
}

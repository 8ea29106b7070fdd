using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Selection;

/// <summary>Stochastic universal sampling (Baker 1987): one spin, equally spaced pointers; proportional with minimal spread.</summary>
public sealed class StochasticUniversalSampling : ISelection
{
    /// <inheritdoc/>
    public void Select(SelectionPool pool, Span<int> chosen, ref RandomStream random)
    {
        if (chosen.Length == 0)
        {
            return;
        }
        double total = WeightedDraw.Total(pool.Weights);
        double step = total / chosen.Length;
        double pointer = random.NextDouble() * step;
        int rank = 0;
        double cumulative = pool.Weights[0];
        for (int i = 0; i < chosen.Length; i++, pointer += step)
        {
            while (pointer >= cumulative && rank < pool.Count - 1)
            {
                cumulative += pool.Weights[++rank];
            }
            chosen[i] = rank;
        }
        // Shuffled so that consecutive pairs are not always neighbours in rank.
        random.Shuffle(chosen);
    }
}

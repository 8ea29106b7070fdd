using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Selection;

/// <summary>Tournament selection: the best of <see cref="Size"/> uniformly drawn parents (with replacement) wins.</summary>
public sealed class TournamentSelection : ISelection
{
    /// <summary>Creates tournaments of <paramref name="size"/> (2 is binary tournament).</summary>
    public TournamentSelection(int size = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        Size = size;
    }

    /// <summary>Contestants per tournament.</summary>
    public int Size { get; }

    /// <inheritdoc/>
    public void Select(SelectionPool pool, Span<int> chosen, ref RandomStream random)
    {
        for (int i = 0; i < chosen.Length; i++)
        {
            int best = random.NextInt(pool.Count);
            for (int k = 1; k < Size; k++)
            {
                best = Math.Min(best, random.NextInt(pool.Count));
            }
            chosen[i] = best;
        }
    }
}

using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Selection;

/// <summary>
/// Truncation selection: parents drawn uniformly from the best <see cref="Fraction"/> of the pool. With a small
/// fraction it is elite selection: only the top few breed.
/// </summary>
public sealed class TruncationSelection : ISelection
{
    /// <summary>Creates the selection.</summary>
    public TruncationSelection(double fraction = 0.5)
    {
        if (!(fraction is > 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "fraction must be in (0, 1].");
        }
        Fraction = fraction;
    }

    /// <summary>The share of the pool that may breed.</summary>
    public double Fraction { get; }

    /// <inheritdoc/>
    public void Select(SelectionPool pool, Span<int> chosen, ref RandomStream random)
    {
        int top = Math.Max(1, (int)Math.Ceiling(Fraction * pool.Count));
        for (int i = 0; i < chosen.Length; i++)
        {
            chosen[i] = random.NextInt(top);
        }
    }
}

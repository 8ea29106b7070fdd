using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Crossover;

/// <summary>BLX-α (Eshelman &amp; Schaffer 1993): each child gene uniform in the parents' interval widened by α of its length on each side, clamped to bounds.</summary>
public sealed class BlendCrossover : IRealCrossover
{
    /// <summary>Creates BLX-α.</summary>
    public BlendCrossover(double alpha = 0.5)
    {
        if (!(alpha >= 0) || !double.IsFinite(alpha))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "alpha must be finite and >= 0.");
        }
        Alpha = alpha;
    }

    /// <summary>α.</summary>
    public double Alpha { get; }

    /// <inheritdoc/>
    public void Cross(ReadOnlySpan<double> parent1, ReadOnlySpan<double> parent2, Span<double> child1, Span<double> child2,
        ReadOnlySpan<double> lower, ReadOnlySpan<double> upper, ref RandomStream random)
    {
        for (int i = 0; i < parent1.Length; i++)
        {
            double low = Math.Min(parent1[i], parent2[i]), high = Math.Max(parent1[i], parent2[i]);
            double widen = Alpha * (high - low);
            child1[i] = Math.Clamp(random.NextDouble(low - widen, high + widen), lower[i], upper[i]);
            child2[i] = Math.Clamp(random.NextDouble(low - widen, high + widen), lower[i], upper[i]);
        }
    }
}

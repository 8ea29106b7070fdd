namespace Metaheuristics.Operators.Selection;

/// <summary>Proportional draws over a weight vector, shared by the roulette-style selections.</summary>
internal static class WeightedDraw
{
    public static double Total(ReadOnlySpan<double> weights)
    {
        double total = 0;
        foreach (double w in weights)
        {
            total += w;
        }
        return total;
    }

    /// <summary>The index whose cumulative interval contains <paramref name="point"/> (linear scan: pools are small and this allocates nothing).</summary>
    public static int At(ReadOnlySpan<double> weights, double point)
    {
        double cumulative = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            cumulative += weights[i];
            if (point < cumulative)
            {
                return i;
            }
        }
        return weights.Length - 1;
    }
}

using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Crossover;

/// <summary>The exchange logic shared by every lane's uniform and point crossovers: children copy the parents and swap chosen genes.</summary>
internal static class GeneExchange
{
    public static void Uniform<T>(ReadOnlySpan<T> parent1, ReadOnlySpan<T> parent2, Span<T> child1, Span<T> child2, double swapProbability, ref RandomStream random)
    {
        for (int i = 0; i < parent1.Length; i++)
        {
            bool swap = random.NextDouble() < swapProbability;
            child1[i] = swap ? parent2[i] : parent1[i];
            child2[i] = swap ? parent1[i] : parent2[i];
        }
    }

    /// <summary>Swaps the genes between <paramref name="points"/> cut points (1 or 2): one-point swaps the tail, two-point the middle.</summary>
    public static void Points<T>(ReadOnlySpan<T> parent1, ReadOnlySpan<T> parent2, Span<T> child1, Span<T> child2, int points, ref RandomStream random)
    {
        int n = parent1.Length;
        parent1.CopyTo(child1);
        parent2.CopyTo(child2);
        if (n < 2)
        {
            return;
        }
        int from, to;
        if (points == 1)
        {
            from = random.NextInt(1, n - 1);
            to = n;
        }
        else
        {
            from = random.NextInt(0, n - 1);
            to = random.NextInt(0, n - 1);
            if (from > to)
            {
                (from, to) = (to, from);
            }
            to++;
        }
        parent2[from..to].CopyTo(child1[from..to]);
        parent1[from..to].CopyTo(child2[from..to]);
    }
}

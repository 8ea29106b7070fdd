using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Mutation;

/// <summary>Uniform (random reset) mutation: a mutated gene is redrawn uniformly within its bounds; for reals and integers.</summary>
public sealed class UniformMutation : IRealMutation, IIntegerMutation
{
    /// <inheritdoc/>
    public void Mutate(Span<double> genes, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper, double rate, ref RandomStream random)
    {
        for (int i = 0; i < genes.Length; i++)
        {
            if (random.NextDouble() < rate)
            {
                genes[i] = random.NextDouble(lower[i], upper[i]);
            }
        }
    }

    /// <inheritdoc/>
    public void Mutate(Span<int> genes, ReadOnlySpan<int> lower, ReadOnlySpan<int> upper, double rate, ref RandomStream random)
    {
        for (int i = 0; i < genes.Length; i++)
        {
            if (random.NextDouble() < rate)
            {
                genes[i] = random.NextInt(lower[i], upper[i]);
            }
        }
    }
}

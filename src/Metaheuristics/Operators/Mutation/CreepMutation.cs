using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Mutation;

/// <summary>Creep mutation for integers: a mutated gene moves by a uniform step in [−<see cref="MaxStep"/>, +<see cref="MaxStep"/>] \ {0}, clamped to bounds.</summary>
public sealed class CreepMutation : IIntegerMutation
{
    /// <summary>Creates the operator.</summary>
    public CreepMutation(int maxStep = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxStep);
        MaxStep = maxStep;
    }

    /// <summary>The largest step.</summary>
    public int MaxStep { get; }

    /// <inheritdoc/>
    public void Mutate(Span<int> genes, ReadOnlySpan<int> lower, ReadOnlySpan<int> upper, double rate, ref RandomStream random)
    {
        for (int i = 0; i < genes.Length; i++)
        {
            if (random.NextDouble() < rate)
            {
                int step = random.NextInt(1, MaxStep);
                genes[i] = Math.Clamp(random.NextBool() ? genes[i] + step : genes[i] - step, lower[i], upper[i]);
            }
        }
    }
}

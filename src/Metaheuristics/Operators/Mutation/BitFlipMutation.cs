using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Mutation;

/// <summary>Bit-flip mutation: each bit flips with the given rate.</summary>
public sealed class BitFlipMutation : IBinaryMutation
{
    /// <inheritdoc/>
    public void Mutate(Span<byte> bits, double rate, ref RandomStream random)
    {
        for (int i = 0; i < bits.Length; i++)
        {
            if (random.NextDouble() < rate)
            {
                bits[i] ^= 1;
            }
        }
    }
}

using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Mutation;

/// <summary>Perturbs a bit string in place; allocates nothing.</summary>
public interface IBinaryMutation
{
    /// <summary>Mutates each bit with probability <paramref name="rate"/>.</summary>
    void Mutate(Span<byte> bits, double rate, ref RandomStream random);
}

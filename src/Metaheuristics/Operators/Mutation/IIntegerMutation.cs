using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Mutation;

/// <summary>Perturbs an integer child in place within bounds; allocates nothing.</summary>
public interface IIntegerMutation
{
    /// <summary>Mutates each gene with probability <paramref name="rate"/>.</summary>
    void Mutate(Span<int> genes, ReadOnlySpan<int> lower, ReadOnlySpan<int> upper, double rate, ref RandomStream random);
}

using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Mutation;

/// <summary>Perturbs a real-coded child in place within bounds; allocates nothing.</summary>
public interface IRealMutation
{
    /// <summary>Mutates each gene with probability <paramref name="rate"/>.</summary>
    void Mutate(Span<double> genes, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper, double rate, ref RandomStream random);
}

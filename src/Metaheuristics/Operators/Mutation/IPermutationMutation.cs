using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Mutation;

/// <summary>Perturbs a permutation in place, keeping it a permutation; allocates nothing.</summary>
public interface IPermutationMutation
{
    /// <summary>
    /// Applies one move with probability min(1, <paramref name="rate"/>·n), so a per-gene rate of 1/n means one move per
    /// child, as with the other lanes' expected one changed gene.
    /// </summary>
    void Mutate(Span<int> permutation, double rate, ref RandomStream random);
}

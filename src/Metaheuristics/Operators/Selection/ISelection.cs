using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Selection;

/// <summary>Chooses parents from a ranked pool; writes the chosen ranks (0 = best) into <c>chosen</c>. Allocates nothing per call beyond pooled scratch.</summary>
public interface ISelection
{
    /// <summary>Fills <paramref name="chosen"/> with ranks drawn from <paramref name="pool"/>.</summary>
    void Select(SelectionPool pool, Span<int> chosen, ref RandomStream random);
}

using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Crossover;

/// <summary>
/// Alternating-position crossover AP (Larrañaga et al. 1997): a child takes the next city of each parent in turn,
/// skipping cities it already has; child 1 starts with parent 1, child 2 with parent 2.
/// </summary>
public sealed class AlternatingPositionCrossover : IPermutationCrossover
{
    /// <inheritdoc/>
    public void Cross(ReadOnlySpan<int> parent1, ReadOnlySpan<int> parent2, Span<int> child1, Span<int> child2,
        PermutationWorkspace workspace, ref RandomStream random)
    {
        Alternate(parent1, parent2, child1, workspace);
        Alternate(parent2, parent1, child2, workspace);
    }

    private static void Alternate(ReadOnlySpan<int> first, ReadOnlySpan<int> second, Span<int> child, PermutationWorkspace workspace)
    {
        int stamp = workspace.NextStamp();
        int[] marks = workspace.Marks;
        int written = 0;
        for (int i = 0; i < first.Length && written < child.Length; i++)
        {
            foreach (int city in (ReadOnlySpan<int>)[first[i], second[i]])
            {
                if (marks[city] != stamp)
                {
                    marks[city] = stamp;
                    child[written++] = city;
                }
            }
        }
    }
}

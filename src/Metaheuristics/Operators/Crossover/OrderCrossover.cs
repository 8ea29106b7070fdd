using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Crossover;

/// <summary>
/// Order crossover OX1 (Davis 1985): each child keeps a random slice of one parent in place and fills the other
/// positions, starting after the slice, with the missing cities in the order the other parent visits them.
/// </summary>
public sealed class OrderCrossover : IPermutationCrossover
{
    /// <inheritdoc/>
    public void Cross(ReadOnlySpan<int> parent1, ReadOnlySpan<int> parent2, Span<int> child1, Span<int> child2,
        PermutationWorkspace workspace, ref RandomStream random)
    {
        (int a, int b) = PermutationWorkspace.RandomSlice(parent1.Length, ref random);
        Fill(parent1, parent2, child1, a, b, workspace);
        Fill(parent2, parent1, child2, a, b, workspace);
    }

    private static void Fill(ReadOnlySpan<int> keep, ReadOnlySpan<int> order, Span<int> child, int a, int b, PermutationWorkspace workspace)
    {
        int n = keep.Length;
        int stamp = workspace.NextStamp();
        int[] marks = workspace.Marks;
        for (int i = a; i <= b; i++)
        {
            child[i] = keep[i];
            marks[keep[i]] = stamp;
        }
        int write = (b + 1) % n;
        for (int k = 0; k < n; k++)
        {
            int city = order[(b + 1 + k) % n];
            if (marks[city] == stamp)
            {
                continue;
            }
            child[write] = city;
            write = (write + 1) % n;
        }
    }
}

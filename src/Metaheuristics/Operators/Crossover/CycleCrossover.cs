using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Crossover;

/// <summary>
/// Cycle crossover CX (Oliver, Smith &amp; Holland 1987): positions split into the cycles the two parents define;
/// children take alternate cycles from alternate parents, so every city keeps a position one parent gave it.
/// </summary>
public sealed class CycleCrossover : IPermutationCrossover
{
    /// <inheritdoc/>
    public void Cross(ReadOnlySpan<int> parent1, ReadOnlySpan<int> parent2, Span<int> child1, Span<int> child2,
        PermutationWorkspace workspace, ref RandomStream random)
    {
        int n = parent1.Length;
        int[] positionInFirst = workspace.PositionsA;
        for (int i = 0; i < n; i++)
        {
            positionInFirst[parent1[i]] = i;
        }
        int stamp = workspace.NextStamp();
        int[] visited = workspace.Marks;
        bool fromFirst = true;
        for (int start = 0; start < n; start++)
        {
            if (visited[start] == stamp)
            {
                continue;
            }
            int i = start;
            do
            {
                visited[i] = stamp;
                child1[i] = fromFirst ? parent1[i] : parent2[i];
                child2[i] = fromFirst ? parent2[i] : parent1[i];
                i = positionInFirst[parent2[i]];
            }
            while (i != start);
            fromFirst = !fromFirst;
        }
    }
}

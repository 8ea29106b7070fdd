using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Crossover;

/// <summary>
/// Edge recombination ERX (Whitley, Starkweather &amp; Fuquay 1989): a child is built city by city, always moving to a
/// neighbour the parents share an edge with, preferring the one with the fewest remaining neighbours; so children
/// inherit edges (what matters in a tour) rather than positions. Child 1 starts where parent 1 does, child 2 where parent 2 does.
/// </summary>
public sealed class EdgeRecombinationCrossover : IPermutationCrossover
{
    private const int MaxNeighbours = 4;

    /// <inheritdoc/>
    public void Cross(ReadOnlySpan<int> parent1, ReadOnlySpan<int> parent2, Span<int> child1, Span<int> child2,
        PermutationWorkspace workspace, ref RandomStream random)
    {
        // The edge table is the same for both children: built once, and each walk consumes a fresh copy.
        int n = parent1.Length;
        int[] counts = workspace.SharedAdjacencyCount;
        Array.Clear(counts, 0, n);
        AddEdges(parent1, workspace.SharedAdjacency, counts);
        AddEdges(parent2, workspace.SharedAdjacency, counts);
        // A local copy of the stream lives in registers for the walks; through the ref, every draw went through memory.
        RandomStream local = random;
        Build(child1, parent1[0], workspace, ref local);
        Build(child2, parent2[0], workspace, ref local);
        random = local;
    }

    private static void Build(Span<int> child, int start, PermutationWorkspace workspace, ref RandomStream random)
    {
        int n = child.Length;
        int[] neighbours = workspace.Adjacency;
        int[] counts = workspace.AdjacencyCount;
        workspace.SharedAdjacency.AsSpan(0, n * MaxNeighbours).CopyTo(neighbours);
        workspace.SharedAdjacencyCount.AsSpan(0, n).CopyTo(counts);

        // Unvisited cities in a swap-remove list, for a uniform pick when the walk is stuck.
        int[] unvisited = workspace.Buffer;
        int[] slot = workspace.PositionsB;
        for (int city = 0; city < n; city++)
        {
            unvisited[city] = city;
            slot[city] = city;
        }
        int left = n;
        int current = start;
        for (int position = 0; position < n; position++)
        {
            child[position] = current;
            int last = unvisited[--left];
            int hole = slot[current];
            unvisited[hole] = last;
            slot[last] = hole;

            for (int k = 0; k < counts[current]; k++)
            {
                Remove(neighbours, counts, neighbours[current * MaxNeighbours + k], current);
            }
            if (left == 0)
            {
                break;
            }
            int next = -1, fewest = int.MaxValue, ties = 0;
            for (int k = 0; k < counts[current]; k++)
            {
                int candidate = neighbours[current * MaxNeighbours + k];
                int remaining = counts[candidate];
                if (remaining < fewest)
                {
                    fewest = remaining;
                    next = candidate;
                    ties = 1;
                }
                else if (remaining == fewest && random.NextInt(++ties) == 0)
                {
                    next = candidate;
                }
            }
            current = next >= 0 ? next : unvisited[random.NextInt(left)];
        }
    }

    private static void AddEdges(ReadOnlySpan<int> tour, int[] neighbours, int[] counts)
    {
        int n = tour.Length;
        // Neighbours by index arithmetic, not modulo: two divisions per city were most of the table's cost.
        for (int i = 0; i < n; i++)
        {
            int city = tour[i];
            Add(neighbours, counts, city, tour[i + 1 == n ? 0 : i + 1]);
            Add(neighbours, counts, city, tour[i == 0 ? n - 1 : i - 1]);
        }
    }

    private static void Add(int[] neighbours, int[] counts, int city, int neighbour)
    {
        int offset = city * MaxNeighbours;
        for (int k = 0; k < counts[city]; k++)
        {
            if (neighbours[offset + k] == neighbour)
            {
                return;
            }
        }
        neighbours[offset + counts[city]++] = neighbour;
    }

    private static void Remove(int[] neighbours, int[] counts, int city, int neighbour)
    {
        int offset = city * MaxNeighbours;
        for (int k = 0; k < counts[city]; k++)
        {
            if (neighbours[offset + k] == neighbour)
            {
                neighbours[offset + k] = neighbours[offset + --counts[city]];
                return;
            }
        }
    }
}

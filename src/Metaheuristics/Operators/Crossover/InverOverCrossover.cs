using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Crossover;

/// <summary>
/// Inver-over (Tao &amp; Michalewicz 1998), for tours: each child starts as a copy of its own parent and takes a chain
/// of 2-opt inversions, each one bringing in an edge of the other parent (or, with a small chance, a random edge), until
/// the edge it would bring in is already there. So a child inherits its parent's tour plus a run of the mate's edges,
/// and every change is a 2-opt move rather than a cut-and-repair. Child 1 is parent 1 guided by parent 2, child 2 the
/// reverse. The tour is read as a cycle, and an edge as undirected (the symmetric TSP).
/// </summary>
public sealed class InverOverCrossover : IPermutationCrossover
{
    /// <summary>Creates the operator; <paramref name="randomEdgeProbability"/> is the chance an inversion takes a random city instead of the mate's neighbour.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The probability is outside [0, 1].</exception>
    public InverOverCrossover(double randomEdgeProbability = 0.02)
    {
        if (!(randomEdgeProbability is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(randomEdgeProbability), randomEdgeProbability, "must be in [0, 1]");
        }
        RandomEdgeProbability = randomEdgeProbability;
    }

    /// <summary>The chance an inversion's target city is drawn at random. <value>The published setting, 0.02, by default.</value></summary>
    public double RandomEdgeProbability { get; }

    /// <inheritdoc/>
    public void Cross(ReadOnlySpan<int> parent1, ReadOnlySpan<int> parent2, Span<int> child1, Span<int> child2,
        PermutationWorkspace workspace, ref RandomStream random)
    {
        RandomStream local = random;
        Build(parent1, parent2, child1, workspace, ref local);
        Build(parent2, parent1, child2, workspace, ref local);
        random = local;
    }

    private void Build(ReadOnlySpan<int> own, ReadOnlySpan<int> mate, Span<int> child, PermutationWorkspace workspace, ref RandomStream random)
    {
        int n = own.Length;
        own.CopyTo(child);
        if (n < 4)
        {
            return;
        }
        Span<int> position = workspace.PositionsA.AsSpan(0, n);
        Span<int> matePosition = workspace.PositionsB.AsSpan(0, n);
        for (int i = 0; i < n; i++)
        {
            position[child[i]] = i;
            matePosition[mate[i]] = i;
        }
        int city = random.NextInt(n);
        // Each step adds an edge the child lacked; n steps bound the chain (a tour has only n edges).
        for (int step = 0; step < n; step++)
        {
            int target;
            if (random.NextDouble() < RandomEdgeProbability)
            {
                target = random.NextInt(n - 1);
                if (target >= city)
                {
                    target++;
                }
            }
            else
            {
                int next = matePosition[city] + 1;
                target = mate[next == n ? 0 : next];
            }
            int at = position[city];
            int after = at + 1 == n ? 0 : at + 1;
            int before = at == 0 ? n - 1 : at - 1;
            if (child[after] == target || child[before] == target)
            {
                break;
            }
            // Reversing positions after..target puts target next to city; reversing the complement (target+1..at)
            // gives the same tour backwards. The shorter of the two is reversed.
            int targetAt = position[target];
            int length = targetAt - at;
            if (length < 0)
            {
                length += n;
            }
            if (2 * length <= n)
            {
                ReverseCyclic(child, position, after, length);
            }
            else
            {
                ReverseCyclic(child, position, targetAt + 1 == n ? 0 : targetAt + 1, n - length);
            }
            city = target;
        }
    }

    /// <summary>Reverses the <paramref name="length"/> positions that start at <paramref name="start"/>, wrapping past the end.</summary>
    private static void ReverseCyclic(Span<int> tour, Span<int> position, int start, int length)
    {
        int n = tour.Length;
        int i = start, j = start + length - 1;
        if (j >= n)
        {
            j -= n;
        }
        for (int swaps = length / 2; swaps > 0; swaps--)
        {
            int a = tour[i], b = tour[j];
            tour[i] = b;
            tour[j] = a;
            position[b] = i;
            position[a] = j;
            if (++i == n)
            {
                i = 0;
            }
            if (--j < 0)
            {
                j = n - 1;
            }
        }
    }
}

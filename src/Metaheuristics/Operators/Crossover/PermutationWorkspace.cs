namespace Metaheuristics.Operators.Crossover;

/// <summary>Scratch arrays for permutation operators, allocated once per run for permutations of one size.</summary>
public sealed class PermutationWorkspace
{
    /// <summary>Allocates the scratch for permutations of <paramref name="size"/>.</summary>
    public PermutationWorkspace(int size)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(size);
        Size = size;
        PositionsA = new int[size];
        PositionsB = new int[size];
        Marks = new int[size];
        Buffer = new int[size];
        Adjacency = new int[size * 4];
        AdjacencyCount = new int[size];
        SharedAdjacency = new int[size * 4];
        SharedAdjacencyCount = new int[size];
    }

    /// <summary>The permutation size served.</summary>
    public int Size { get; }

    internal int[] PositionsA { get; }

    internal int[] PositionsB { get; }

    internal int[] Marks { get; }

    internal int[] Buffer { get; }

    internal int[] Adjacency { get; }

    internal int[] AdjacencyCount { get; }

    /// <summary>The parents' edge table, built once per pair: each child's walk consumes a copy of it.</summary>
    internal int[] SharedAdjacency { get; }

    internal int[] SharedAdjacencyCount { get; }

    /// <summary>A random slice [a, b] (both inclusive, a ≤ b) of a permutation of <paramref name="size"/>, as OX1 and PMX cut it.</summary>
    internal static (int Start, int End) RandomSlice(int size, ref Randomness.RandomStream random)
    {
        int a = random.NextInt(size), b = random.NextInt(size);
        return a <= b ? (a, b) : (b, a);
    }

    /// <summary>Marks stamp: a value never used before in <see cref="Marks"/>, so clearing is not needed per call.</summary>
    internal int NextStamp()
    {
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(Marks);
            _stamp = 1;
        }
        return _stamp;
    }

    private int _stamp;
}

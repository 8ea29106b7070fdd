using Metaheuristics.Randomness;

namespace Metaheuristics.Operators.Mutation;

/// <summary>The classic permutation mutations: swap, insertion, displacement, inversion (2-opt), scramble.</summary>
public sealed class PermutationMoveMutation : IPermutationMutation
{
    /// <summary>Creates the mutation making <paramref name="move"/>.</summary>
    public PermutationMoveMutation(PermutationMove move)
    {
        if (!Enum.IsDefined(move))
        {
            throw new ArgumentOutOfRangeException(nameof(move), move, "Unknown permutation move.");
        }
        Move = move;
    }

    /// <summary>The move made.</summary>
    public PermutationMove Move { get; }

    /// <inheritdoc/>
    public void Mutate(Span<int> permutation, double rate, ref RandomStream random)
    {
        int n = permutation.Length;
        if (n < 2 || random.NextDouble() >= Math.Min(1, rate * n))
        {
            return;
        }
        int a = random.NextInt(n), b = random.NextInt(n - 1);
        if (b >= a)
        {
            b++;
        }
        switch (Move)
        {
            case PermutationMove.Swap:
                (permutation[a], permutation[b]) = (permutation[b], permutation[a]);
                break;
            case PermutationMove.Insertion:
                MoveElement(permutation, a, b);
                break;
            case PermutationMove.Inversion:
                permutation[Math.Min(a, b)..(Math.Max(a, b) + 1)].Reverse();
                break;
            case PermutationMove.Scramble:
                random.Shuffle(permutation[Math.Min(a, b)..(Math.Max(a, b) + 1)]);
                break;
            case PermutationMove.Displacement:
                Displace(permutation, Math.Min(a, b), Math.Max(a, b), ref random);
                break;
        }
    }

    private static void MoveElement(Span<int> permutation, int from, int to)
    {
        int value = permutation[from];
        if (from < to)
        {
            permutation[(from + 1)..(to + 1)].CopyTo(permutation[from..to]);
        }
        else
        {
            permutation[to..from].CopyTo(permutation[(to + 1)..(from + 1)]);
        }
        permutation[to] = value;
    }

    // Moving segment [start, end] to a new start is a rotation of the span that covers both places: three reversals.
    private static void Displace(Span<int> permutation, int start, int end, ref RandomStream random)
    {
        int length = end - start + 1;
        int rest = permutation.Length - length;
        if (rest == 0)
        {
            return;
        }
        int target = random.NextInt(rest + 1);
        if (target == start)
        {
            return;
        }
        if (target < start)
        {
            Rotate(permutation[target..(end + 1)], start - target);
        }
        else
        {
            Rotate(permutation[start..(target + length)], length);
        }
    }

    private static void Rotate(Span<int> span, int shift)
    {
        span[..shift].Reverse();
        span[shift..].Reverse();
        span.Reverse();
    }
}

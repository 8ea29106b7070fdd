namespace Metaheuristics.MultiObjective;

/// <summary>
/// For the three-objective non-dominated sort: per front, the (f₂, f₃)-minimal points seen so far, sorted by f₂
/// ascending (so f₃ descending). Points arrive in lexicographic order, so every stored point has f₁ no greater than a
/// queried one: it dominates the query exactly when it is no worse in f₂ and f₃ and not the same point.
/// </summary>
/// <remarks>
/// All fronts' staircases live in one arena allocated up front, so a sort never allocates, however its fronts grow.
/// A front opens with a segment of <see cref="FirstSegment"/> slots and moves to a segment twice as large at the
/// arena's end when it fills up. A front that holds at most k points has used fewer than 4k slots then (the
/// segments it left behind included), and the fronts hold n points between them: 4n slots always suffice.
/// </remarks>
internal sealed class Staircases
{
    private const int FirstSegment = 4;
    private readonly double[] _f1;
    private readonly double[] _f2;
    private readonly double[] _f3;
    private readonly int[] _start;
    private readonly int[] _count;
    private readonly int[] _segment;
    private int _used;

    /// <summary>Room for the staircases of a sort of up to <paramref name="capacity"/> points.</summary>
    public Staircases(int capacity)
    {
        int slots = checked(4 * capacity);
        _f1 = new double[slots];
        _f2 = new double[slots];
        _f3 = new double[slots];
        _start = new int[capacity];
        _count = new int[capacity];
        _segment = new int[capacity];
    }

    /// <summary>Forgets every staircase: the start of a sort.</summary>
    public void Clear() => _used = 0;

    /// <summary>Opens an empty staircase for <paramref name="front"/>, the next front of this sort.</summary>
    public void Open(int front)
    {
        _start[front] = _used;
        _count[front] = 0;
        _segment[front] = FirstSegment;
        _used += FirstSegment;
    }

    /// <summary>Whether a point of <paramref name="front"/> dominates (f1, f2, f3), which comes later in lexicographic order.</summary>
    public bool Dominates(int front, double f1, double f2, double f3)
    {
        int start = _start[front];
        int at = LastAtOrBelow(start, _count[front], f2);
        if (at < 0)
        {
            return false;
        }
        // The stored point with the largest f₂ ≤ f2 has the smallest f₃ among those with f₂ ≤ f2.
        at += start;
        double stored = _f3[at];
        return stored < f3 || stored == f3 && (_f2[at] < f2 || _f1[at] < f1);
    }

    /// <summary>Adds a point of <paramref name="front"/> (later in lexicographic order than all it holds).</summary>
    public void Insert(int front, double f1, double f2, double f3)
    {
        int start = _start[front], count = _count[front];
        int at = LastAtOrBelow(start, count, f2);
        if (at >= 0 && _f3[start + at] <= f3)
        {
            return; // Its projection is dominated (or equal, with an earlier f₁): it adds nothing to the staircase.
        }
        // The stored points from position at+1 on whose f₃ is no better are covered by the new point.
        int first = at + 1, end = first;
        while (end < count && _f3[start + end] >= f3)
        {
            end++;
        }
        int removed = end - first;
        if (removed == 0 && count == _segment[front])
        {
            start = Grow(front, count);
        }
        if (removed != 1)
        {
            // Shift the tail so that exactly one slot is left at `first`.
            int from = start + end, to = start + first + 1, length = count - end;
            Array.Copy(_f1, from, _f1, to, length);
            Array.Copy(_f2, from, _f2, to, length);
            Array.Copy(_f3, from, _f3, to, length);
            _count[front] = count - removed + 1;
        }
        _f1[start + first] = f1;
        _f2[start + first] = f2;
        _f3[start + first] = f3;
    }

    /// <summary>Moves a full staircase to a segment twice its size at the arena's end; returns its new start.</summary>
    private int Grow(int front, int count)
    {
        int from = _start[front], to = _used;
        Array.Copy(_f1, from, _f1, to, count);
        Array.Copy(_f2, from, _f2, to, count);
        Array.Copy(_f3, from, _f3, to, count);
        _start[front] = to;
        _segment[front] = 2 * count;
        _used += 2 * count;
        return to;
    }

    /// <summary>The position (relative to the segment) of the last stored point with f₂ ≤ <paramref name="f2"/>, or −1.</summary>
    private int LastAtOrBelow(int start, int count, double f2)
    {
        int low = 0, high = count;
        while (low < high)
        {
            int middle = (low + high) >>> 1;
            if (_f2[start + middle] <= f2)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low - 1;
    }
}

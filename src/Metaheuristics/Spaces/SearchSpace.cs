using Metaheuristics.Randomness;

namespace Metaheuristics.Spaces;

/// <summary>
/// An immutable, validated list of named segments that says what a candidate is: how many genes live in each lane,
/// their bounds, how to draw a random candidate and how to repair one that left the space.
/// </summary>
/// <remarks>
/// A pure space (<see cref="Real(int,double,double)"/>, <see cref="Permutation"/>, …) is one segment; a mixed space of
/// named parameters (built with <see cref="CreateBuilder"/>) codes every float, log-float, int and categorical parameter
/// as one real gene, so that every real-coded solver also searches mixed spaces.
/// </remarks>
public sealed class SearchSpace
{
    private readonly Segment[] _segments;
    private readonly Dictionary<string, int> _segmentByName;
    private readonly double[] _realLower;
    private readonly double[] _realUpper;
    private readonly int[] _integerLower;
    private readonly int[] _integerUpper;

    internal SearchSpace(Segment[] segments)
    {
        if (segments.Length == 0)
        {
            throw new ArgumentException("A search space needs at least one segment.", nameof(segments));
        }
        _segments = segments;
        _segmentByName = new Dictionary<string, int>(StringComparer.Ordinal);
        var realLower = new List<double>();
        var realUpper = new List<double>();
        var integerLower = new List<int>();
        var integerUpper = new List<int>();
        int binary = 0;
        for (int s = 0; s < segments.Length; s++)
        {
            Segment segment = segments[s];
            if (!_segmentByName.TryAdd(segment.Name, s))
            {
                throw new ArgumentException($"Segment name '{segment.Name}' is used twice; names must be unique.", nameof(segments));
            }
            switch (segment.Lane)
            {
                case GeneLane.Real:
                    segment.Offset = realLower.Count;
                    realLower.AddRange(segment.GeneLowerArray);
                    realUpper.AddRange(segment.GeneUpperArray);
                    break;
                case GeneLane.Integer:
                    segment.Offset = integerLower.Count;
                    for (int i = 0; i < segment.Length; i++)
                    {
                        integerLower.Add((int)segment.GeneLowerArray[i]);
                        integerUpper.Add((int)segment.GeneUpperArray[i]);
                    }
                    break;
                default:
                    segment.Offset = binary;
                    binary += segment.Length;
                    break;
            }
        }
        _realLower = [.. realLower];
        _realUpper = [.. realUpper];
        _integerLower = [.. integerLower];
        _integerUpper = [.. integerUpper];
        BinaryLength = binary;
    }

    /// <summary>A box of <paramref name="dimension"/> reals, each in [<paramref name="lower"/>, <paramref name="upper"/>].</summary>
    public static SearchSpace Real(int dimension, double lower, double upper)
    {
        RequirePositive(dimension, nameof(dimension));
        return CreateBuilder().Reals("x", Fill(dimension, lower), Fill(dimension, upper)).Build();
    }

    /// <summary>A box of reals with per-gene bounds.</summary>
    public static SearchSpace Real(double[] lower, double[] upper) => CreateBuilder().Reals("x", lower, upper).Build();

    /// <summary>A vector of <paramref name="dimension"/> integers, each in [<paramref name="lower"/>, <paramref name="upper"/>].</summary>
    public static SearchSpace Integer(int dimension, int lower, int upper)
    {
        RequirePositive(dimension, nameof(dimension));
        return CreateBuilder().Integers("x", dimension, lower, upper).Build();
    }

    /// <summary>A string of <paramref name="length"/> bits.</summary>
    public static SearchSpace Binary(int length) => CreateBuilder().Bits("x", length).Build();

    /// <summary>Permutations of 0..<paramref name="size"/>−1.</summary>
    public static SearchSpace Permutation(int size) => CreateBuilder().Permutation("x", size).Build();

    /// <summary>Starts a space of named segments and parameters.</summary>
    public static SearchSpaceBuilder CreateBuilder() => new();

    /// <summary>The segments in declaration order.</summary>
    public IReadOnlyList<Segment> Segments => _segments;

    /// <summary>The segments as a span, for loops that must not allocate an enumerator.</summary>
    public ReadOnlySpan<Segment> SegmentSpan => _segments;

    /// <summary>Genes in the real lane.</summary>
    public int RealLength => _realLower.Length;

    /// <summary>Genes in the integer lane.</summary>
    public int IntegerLength => _integerLower.Length;

    /// <summary>Genes in the byte lane.</summary>
    public int BinaryLength { get; }

    /// <summary>Lower bounds of the real lane, in gene coordinates.</summary>
    public ReadOnlySpan<double> RealLower => _realLower;

    /// <summary>Upper bounds of the real lane, in gene coordinates.</summary>
    public ReadOnlySpan<double> RealUpper => _realUpper;

    /// <summary>Lower bounds of the integer lane.</summary>
    public ReadOnlySpan<int> IntegerLower => _integerLower;

    /// <summary>Upper bounds of the integer lane.</summary>
    public ReadOnlySpan<int> IntegerUpper => _integerUpper;

    /// <summary>True when every gene lives in the real lane, so real-coded operators cover the whole space.</summary>
    public bool IsRealCoded => IntegerLength == 0 && BinaryLength == 0;

    /// <summary>True when the space is one permutation.</summary>
    public bool IsPermutation => _segments.Length == 1 && _segments[0].Kind == SegmentKind.Permutation;

    /// <summary>
    /// True when the space is more than one plain vector: several segments, or a log-scaled, integer-valued or
    /// categorical parameter. Reports and external evaluators then show its values by parameter name too.
    /// </summary>
    public bool HasNamedParameters =>
        _segments.Length != 1 || _segments[0].Kind is SegmentKind.LogReal or SegmentKind.RoundedInteger or SegmentKind.Categorical;

    /// <summary>The index of the segment called <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No segment has that name.</exception>
    public int IndexOf(string name) => _segmentByName.TryGetValue(name, out int index)
        ? index
        : throw new KeyNotFoundException($"The search space has no parameter named '{name}'.");

    /// <summary>Fills <paramref name="genome"/> with a uniformly drawn member of the space.</summary>
    public void Sample(MutableGenome genome, ref RandomStream random)
    {
        foreach (Segment segment in _segments)
        {
            switch (segment.Kind)
            {
                case SegmentKind.Integer:
                    for (int i = 0; i < segment.Length; i++)
                    {
                        int gene = segment.Offset + i;
                        genome.Integers[gene] = random.NextInt(_integerLower[gene], _integerUpper[gene]);
                    }
                    break;
                case SegmentKind.Permutation:
                    Span<int> tour = genome.Integers.Slice(segment.Offset, segment.Length);
                    for (int i = 0; i < tour.Length; i++)
                    {
                        tour[i] = i;
                    }
                    random.Shuffle(tour);
                    break;
                case SegmentKind.Binary:
                    Span<byte> bits = genome.Bits.Slice(segment.Offset, segment.Length);
                    for (int i = 0; i < bits.Length; i++)
                    {
                        bits[i] = random.NextBool() ? (byte)1 : (byte)0;
                    }
                    break;
                default:
                    for (int i = 0; i < segment.Length; i++)
                    {
                        int gene = segment.Offset + i;
                        genome.Reals[gene] = random.NextDouble(_realLower[gene], _realUpper[gene]);
                    }
                    break;
            }
        }
    }

    /// <summary>
    /// Brings a candidate back into the space: reals and integers are clamped to their bounds, bytes become 0 or 1,
    /// and a broken permutation keeps its first occurrences and fills the gaps with the missing values in ascending order.
    /// </summary>
    /// <returns>True when anything had to change.</returns>
    public bool Repair(MutableGenome genome)
    {
        bool changed = false;
        Span<double> reals = genome.Reals;
        for (int i = 0; i < reals.Length; i++)
        {
            double value = reals[i];
            double clamped = double.IsNaN(value) ? _realLower[i] : Math.Clamp(value, _realLower[i], _realUpper[i]);
            if (clamped != value)
            {
                reals[i] = clamped;
                changed = true;
            }
        }
        foreach (Segment segment in _segments)
        {
            switch (segment.Kind)
            {
                case SegmentKind.Integer:
                    for (int i = segment.Offset; i < segment.Offset + segment.Length; i++)
                    {
                        int clamped = Math.Clamp(genome.Integers[i], _integerLower[i], _integerUpper[i]);
                        changed |= clamped != genome.Integers[i];
                        genome.Integers[i] = clamped;
                    }
                    break;
                case SegmentKind.Permutation:
                    changed |= RepairPermutation(genome.Integers.Slice(segment.Offset, segment.Length));
                    break;
                case SegmentKind.Binary:
                    Span<byte> bits = genome.Bits.Slice(segment.Offset, segment.Length);
                    for (int i = 0; i < bits.Length; i++)
                    {
                        if (bits[i] > 1)
                        {
                            bits[i] = 1;
                            changed = true;
                        }
                    }
                    break;
            }
        }
        return changed;
    }

    /// <summary>True when the candidate lies inside the space (bounds, bits, permutations).</summary>
    public bool Contains(Genome genome)
    {
        if (genome.Reals.Length != RealLength || genome.Integers.Length != IntegerLength || genome.Bits.Length != BinaryLength)
        {
            return false;
        }
        for (int i = 0; i < genome.Reals.Length; i++)
        {
            if (!(genome.Reals[i] >= _realLower[i] && genome.Reals[i] <= _realUpper[i]))
            {
                return false;
            }
        }
        foreach (Segment segment in _segments)
        {
            if (segment.Kind == SegmentKind.Permutation && !IsPermutationOf(genome.Integers.Slice(segment.Offset, segment.Length)))
            {
                return false;
            }
        }
        for (int i = 0; i < genome.Integers.Length; i++)
        {
            if (genome.Integers[i] < _integerLower[i] || genome.Integers[i] > _integerUpper[i])
            {
                return false;
            }
        }
        foreach (byte bit in genome.Bits)
        {
            if (bit > 1)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when <paramref name="values"/> holds each of 0..n−1 exactly once.</summary>
    public static bool IsPermutationOf(ReadOnlySpan<int> values)
    {
        int n = values.Length;
        Span<bool> seen = n <= 1024 ? stackalloc bool[n] : new bool[n];
        foreach (int v in values)
        {
            if ((uint)v >= (uint)n || seen[v])
            {
                return false;
            }
            seen[v] = true;
        }
        return true;
    }

    private static bool RepairPermutation(Span<int> values)
    {
        int n = values.Length;
        Span<bool> seen = n <= 1024 ? stackalloc bool[n] : new bool[n];
        bool broken = false;
        for (int i = 0; i < n; i++)
        {
            int v = values[i];
            if ((uint)v >= (uint)n || seen[v])
            {
                values[i] = -1;
                broken = true;
            }
            else
            {
                seen[v] = true;
            }
        }
        if (!broken)
        {
            return false;
        }
        int missing = 0;
        for (int i = 0; i < n; i++)
        {
            if (values[i] >= 0)
            {
                continue;
            }
            while (seen[missing])
            {
                missing++;
            }
            values[i] = missing;
            seen[missing] = true;
        }
        return true;
    }

    private static void RequirePositive(int value, string name)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive, got {value}.");
        }
    }

    private static double[] Fill(int length, double value)
    {
        var array = new double[length];
        Array.Fill(array, value);
        return array;
    }
}

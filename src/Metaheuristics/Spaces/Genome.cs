namespace Metaheuristics.Spaces;

/// <summary>
/// A read-only view of one candidate: spans over its row of each lane, plus the space that says what the genes mean.
/// This is what an <c>IProblem</c> is given; it costs nothing to create and nothing to read.
/// </summary>
public readonly ref struct Genome
{
    /// <summary>Wraps the three lanes of one candidate.</summary>
    public Genome(SearchSpace space, ReadOnlySpan<double> reals, ReadOnlySpan<int> integers, ReadOnlySpan<byte> bits)
    {
        Space = space;
        Reals = reals;
        Integers = integers;
        Bits = bits;
    }

    /// <summary>The space the genes belong to.</summary>
    public SearchSpace Space { get; }

    /// <summary>The real lane (for a real vector space: the vector itself).</summary>
    public ReadOnlySpan<double> Reals { get; }

    /// <summary>The integer lane (integer vectors and permutations).</summary>
    public ReadOnlySpan<int> Integers { get; }

    /// <summary>The byte lane (bits).</summary>
    public ReadOnlySpan<byte> Bits { get; }

    /// <summary>The real gene at <paramref name="index"/>.</summary>
    public double this[int index] => Reals[index];

    /// <summary>The decoded value of a single-valued parameter (float, log-float, int or categorical index) by segment index.</summary>
    public double Parameter(int segmentIndex)
    {
        Segment segment = Space.Segments[segmentIndex];
        return segment.Lane switch
        {
            GeneLane.Real => segment.Decode(Reals[segment.Offset]),
            GeneLane.Integer => Integers[segment.Offset],
            _ => Bits[segment.Offset],
        };
    }

    /// <summary>The decoded value of the float parameter called <paramref name="name"/>.</summary>
    public double Float(string name) => Parameter(Space.IndexOf(name));

    /// <summary>The decoded value of the integer parameter called <paramref name="name"/>.</summary>
    public int Int(string name) => (int)Parameter(Space.IndexOf(name));

    /// <summary>The chosen option of the categorical parameter called <paramref name="name"/>.</summary>
    public string Category(string name)
    {
        int index = Space.IndexOf(name);
        return Space.Segments[index].ChoicesArray[(int)Parameter(index)];
    }

    /// <summary>The genes of the segment called <paramref name="name"/> in the integer lane (e.g. a permutation).</summary>
    public ReadOnlySpan<int> IntegerSegment(string name)
    {
        Segment segment = Space.Segments[Space.IndexOf(name)];
        return Integers.Slice(segment.Offset, segment.Length);
    }

    /// <summary>Copies the genes into an owned <see cref="Candidate"/>.</summary>
    public Candidate ToCandidate(long id) => new(Space, id, Reals.ToArray(), Integers.ToArray(), Bits.ToArray());
}

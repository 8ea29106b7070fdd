namespace Metaheuristics.Spaces;

/// <summary>An owned copy of one candidate's genes, for asynchronous or remote evaluation and for results.</summary>
public sealed class Candidate
{
    /// <summary>Creates a candidate from its lanes (the arrays are kept, not copied).</summary>
    public Candidate(SearchSpace space, long id, double[] reals, int[] integers, byte[] bits)
    {
        ArgumentNullException.ThrowIfNull(space);
        Space = space;
        Id = id;
        Reals = reals ?? [];
        Integers = integers ?? [];
        Bits = bits ?? [];
    }

    /// <summary>The space the genes belong to.</summary>
    public SearchSpace Space { get; }

    /// <summary>A deterministic id: the candidate's position in the run's sequence of evaluations.</summary>
    public long Id { get; }

    /// <summary>The real lane.</summary>
    public double[] Reals { get; }

    /// <summary>The integer lane.</summary>
    public int[] Integers { get; }

    /// <summary>The byte lane.</summary>
    public byte[] Bits { get; }

    /// <summary>A read-only view, with the parameter accessors of <see cref="Genome"/>.</summary>
    public Genome AsGenome() => new(Space, Reals, Integers, Bits);

    /// <summary>The decoded value of the float parameter called <paramref name="name"/>.</summary>
    public double Float(string name) => AsGenome().Float(name);

    /// <summary>The decoded value of the integer parameter called <paramref name="name"/>.</summary>
    public int Int(string name) => AsGenome().Int(name);

    /// <summary>The chosen option of the categorical parameter called <paramref name="name"/>.</summary>
    public string Category(string name) => AsGenome().Category(name);

    /// <summary>
    /// The decoded values of all parameters in segment order: each real gene as a value, integers and permutations as
    /// they are, bits as 0/1, log-floats, ints and categorical indices decoded.
    /// </summary>
    public double[] DecodedValues()
    {
        var values = new List<double>(Reals.Length + Integers.Length + Bits.Length);
        foreach (Segment segment in Space.Segments)
        {
            for (int i = 0; i < segment.Length; i++)
            {
                values.Add(segment.Lane switch
                {
                    GeneLane.Real => segment.Decode(Reals[segment.Offset + i]),
                    GeneLane.Integer => Integers[segment.Offset + i],
                    _ => Bits[segment.Offset + i],
                });
            }
        }
        return [.. values];
    }
}

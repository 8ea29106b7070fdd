namespace Metaheuristics.Spaces;

/// <summary>A writable view of one candidate's genes, lane by lane; what samplers, operators and repair write into.</summary>
public readonly ref struct MutableGenome
{
    /// <summary>Wraps the three lanes of one row.</summary>
    public MutableGenome(Span<double> reals, Span<int> integers, Span<byte> bits)
    {
        Reals = reals;
        Integers = integers;
        Bits = bits;
    }

    /// <summary>The real lane.</summary>
    public Span<double> Reals { get; }

    /// <summary>The integer lane.</summary>
    public Span<int> Integers { get; }

    /// <summary>The byte lane.</summary>
    public Span<byte> Bits { get; }

    /// <summary>The same genes, read-only, interpreted by <paramref name="space"/>.</summary>
    public Genome AsReadOnly(SearchSpace space) => new(space, Reals, Integers, Bits);
}

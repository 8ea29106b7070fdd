namespace Metaheuristics.Spaces;

/// <summary>One named, contiguous run of genes of a single kind inside a <see cref="SearchSpace"/>.</summary>
/// <remarks>
/// Bounds are in gene coordinates: for <see cref="SegmentKind.LogReal"/> they are the logarithms of the user's bounds,
/// for <see cref="SegmentKind.RoundedInteger"/> they are widened by ½ on each side so every integer gets an equal share,
/// for <see cref="SegmentKind.Categorical"/> they are [0, k]. <see cref="ValueLower"/> and <see cref="ValueUpper"/>
/// keep the user's own bounds.
/// </remarks>
public sealed class Segment
{
    internal Segment(string name, SegmentKind kind, int length, double[] geneLower, double[] geneUpper,
        double valueLower, double valueUpper, string[]? choices)
    {
        Name = name;
        Kind = kind;
        Length = length;
        GeneLowerArray = geneLower;
        GeneUpperArray = geneUpper;
        ValueLower = valueLower;
        ValueUpper = valueUpper;
        ChoicesArray = choices ?? [];
    }

    /// <summary>The segment's name (unique within its space).</summary>
    public string Name { get; }

    /// <summary>What kind of genes the segment holds.</summary>
    public SegmentKind Kind { get; }

    /// <summary>How many genes the segment holds.</summary>
    public int Length { get; }

    /// <summary>Where the segment's genes start in its lane.</summary>
    public int Offset { get; internal set; }

    /// <summary>The lane the genes live in.</summary>
    public GeneLane Lane => Kind switch
    {
        SegmentKind.Integer or SegmentKind.Permutation => GeneLane.Integer,
        SegmentKind.Binary => GeneLane.Binary,
        _ => GeneLane.Real,
    };

    /// <summary>The user's lower bound of a single-valued parameter (for vectors: of the first gene).</summary>
    public double ValueLower { get; }

    /// <summary>The user's upper bound of a single-valued parameter (for vectors: of the first gene).</summary>
    public double ValueUpper { get; }

    /// <summary>The choices of a categorical parameter; empty for other kinds.</summary>
    public IReadOnlyList<string> Choices => ChoicesArray;

    /// <summary>Per-gene lower bounds in gene coordinates.</summary>
    public ReadOnlySpan<double> GeneLower => GeneLowerArray;

    /// <summary>Per-gene upper bounds in gene coordinates.</summary>
    public ReadOnlySpan<double> GeneUpper => GeneUpperArray;

    internal double[] GeneLowerArray { get; }

    internal double[] GeneUpperArray { get; }

    internal string[] ChoicesArray { get; }

    /// <summary>Turns one gene of this segment into the parameter value it stands for (the identity for plain reals).</summary>
    public double Decode(double gene) => Kind switch
    {
        SegmentKind.LogReal => Math.Clamp(Math.Exp(gene), ValueLower, ValueUpper),
        SegmentKind.RoundedInteger => Math.Clamp(Math.Round(gene, MidpointRounding.AwayFromZero), ValueLower, ValueUpper),
        SegmentKind.Categorical => Math.Clamp(Math.Floor(gene), 0, ChoicesArray.Length - 1),
        _ => gene,
    };

    /// <summary>Turns a parameter value into a gene (the inverse of <see cref="Decode"/> for valid values).</summary>
    public double Encode(double value) => Kind switch
    {
        SegmentKind.LogReal => Math.Log(value),
        SegmentKind.Categorical => value + 0.5,
        _ => value,
    };
}

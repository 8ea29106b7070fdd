namespace Metaheuristics.Spaces;

/// <summary>How a segment's genes are stored and what values they decode to.</summary>
public enum SegmentKind
{
    /// <summary>Real values within bounds, stored as they are in the real lane.</summary>
    Real,
    /// <summary>A positive real searched on a log scale: the real lane holds ln(value).</summary>
    LogReal,
    /// <summary>An integer parameter coded as a real gene in [lower − ½, upper + ½] and rounded when read, so real-coded solvers can search it.</summary>
    RoundedInteger,
    /// <summary>A categorical parameter coded as a real gene in [0, k] and floored to a choice index when read.</summary>
    Categorical,
    /// <summary>Integers within bounds, stored in the integer lane.</summary>
    Integer,
    /// <summary>Bits (0 or 1), stored in the byte lane.</summary>
    Binary,
    /// <summary>A permutation of 0..n−1, stored in the integer lane.</summary>
    Permutation,
}

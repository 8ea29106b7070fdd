namespace Metaheuristics.Operators.Mutation;

/// <summary>Which move a <see cref="PermutationMoveMutation"/> makes.</summary>
public enum PermutationMove
{
    /// <summary>Exchange two positions.</summary>
    Swap,
    /// <summary>Take one element out and insert it elsewhere.</summary>
    Insertion,
    /// <summary>Take a segment out and insert it elsewhere.</summary>
    Displacement,
    /// <summary>Reverse a segment (reverse-sequence mutation; for a tour, the 2-opt move).</summary>
    Inversion,
    /// <summary>Shuffle a segment.</summary>
    Scramble,
}

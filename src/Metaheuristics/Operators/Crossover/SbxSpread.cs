namespace Metaheuristics.Operators.Crossover;

/// <summary>How <see cref="SimulatedBinaryCrossover"/> keeps its children within the bounds.</summary>
public enum SbxSpread
{
    /// <summary>
    /// Each child's spread factor comes from the distribution truncated at its own side's bound: the lower child's
    /// at the lower bound, the upper child's at the upper (Deb's NSGA-II code, pymoo, jMetal).
    /// </summary>
    PerSide,

    /// <summary>
    /// One spread factor, from the distribution truncated at the lower bound, for both children, so they sit
    /// symmetric about the parents' mean as in unbounded SBX (pagmo 2's form); a child past a bound is clamped.
    /// </summary>
    LowerSideForBoth,
}

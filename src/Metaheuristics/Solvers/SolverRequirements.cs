using Metaheuristics.Problems;
using Metaheuristics.Spaces;

namespace Metaheuristics.Solvers;

/// <summary>Checks a solver makes of a problem in <c>Start</c>, with the same wording everywhere.</summary>
internal static class SolverRequirements
{
    /// <summary>Refuses a multi-objective problem with a message naming the solver.</summary>
    /// <exception cref="ArgumentException">The problem has more than one objective.</exception>
    public static void RequireSingleObjective(ProblemSpec spec, string solver)
    {
        if (spec.IsMultiObjective)
        {
            throw new ArgumentException(
                $"{solver} is single-objective; problem '{spec.Name}' has {spec.ObjectiveCount} objectives (use nsga2).", nameof(spec));
        }
    }

    /// <summary>Refuses bits and permutations, for solvers that move real and integer genes arithmetically.</summary>
    /// <exception cref="ArgumentException">A segment is binary or a permutation.</exception>
    public static void RequireRealOrIntegerGenes(ProblemSpec spec, string solver, string verb)
    {
        foreach (Segment segment in spec.Space.Segments)
        {
            if (segment.Kind is SegmentKind.Binary or SegmentKind.Permutation)
            {
                throw new ArgumentException(
                    $"{solver} {verb} real and integer genes; segment '{segment.Name}' is {segment.Kind}. Use ga or sa for it.", nameof(spec));
            }
        }
    }
}

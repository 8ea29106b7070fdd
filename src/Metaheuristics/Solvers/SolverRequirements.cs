using Metaheuristics.Problems;

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
}

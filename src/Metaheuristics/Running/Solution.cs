using Metaheuristics.Spaces;

namespace Metaheuristics.Running;

/// <summary>One evaluated candidate as reported to the user: genes, objectives in the user's sense, constraint values, violation.</summary>
public sealed class Solution
{
    /// <summary>Creates a solution (arrays are kept, not copied).</summary>
    public Solution(Candidate candidate, double[] objectives, double[] constraints, double violation)
    {
        Candidate = candidate;
        Objectives = objectives;
        Constraints = constraints;
        Violation = violation;
    }

    /// <summary>The genes.</summary>
    public Candidate Candidate { get; }

    /// <summary>Objective values in the user's sense.</summary>
    public double[] Objectives { get; }

    /// <summary>Constraint values (inequalities, then equalities).</summary>
    public double[] Constraints { get; }

    /// <summary>Σ max(0, g) + Σ max(0, |h| − ε); 0 when feasible.</summary>
    public double Violation { get; }

    /// <summary>True when every constraint is satisfied (equalities within the problem's tolerance).</summary>
    public bool IsFeasible => Violation == 0;
}

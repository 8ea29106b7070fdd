using Metaheuristics.Spaces;

namespace Metaheuristics.Problems.Constrained;

/// <summary>
/// Template for the CEC 2006 constrained problems (Liang et al. 2006): a box-bounded real space, inequalities g ≤ 0
/// then equalities h = 0 (satisfied within 1e-4), the best-known value and a point that attains it. Derived classes
/// supply only the formulas.
/// </summary>
public abstract class Cec2006Problem : IProblem
{
    /// <summary>Sets up the problem's space, constraint counts and best-known solution.</summary>
    protected Cec2006Problem(string number, double[] lower, double[] upper, int inequalities, int equalities, double bestKnown, double[] bestKnownLocation)
    {
        Spec = new ProblemSpec
        {
            Name = "cec2006-" + number,
            Space = SearchSpace.Real(lower, upper),
            InequalityCount = inequalities,
            EqualityCount = equalities,
            KnownOptimum = bestKnown,
            KnownOptimumLocation = bestKnownLocation,
        };
    }

    /// <inheritdoc/>
    public ProblemSpec Spec { get; }

    /// <summary>The objective at <paramref name="x"/>; writes the constraint values (g, then h) into <paramref name="constraints"/>.</summary>
    public abstract double Value(ReadOnlySpan<double> x, Span<double> constraints);

    /// <inheritdoc/>
    public void Evaluate(Genome genome, Span<double> objectives, Span<double> constraints) => objectives[0] = Value(genome.Reals, constraints);
}

namespace Metaheuristics.Problems.MultiObjective;

/// <summary>DTLZ5: a degenerate (curve) front on the unit sphere; k = 10 by default.</summary>
public sealed class Dtlz5(int objectives = 3, int? variables = null)
    : DtlzProblem("dtlz5", objectives, DistanceVariables(objectives, variables, 10))
{
    /// <inheritdoc/>
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> objectives) =>
        CurveShape(x, SquaredG(x[(objectives.Length - 1)..]), objectives);

    /// <inheritdoc/>
    public override double[][] ReferenceFront() => DegenerateCurveFront();

    /// <summary>The θ mapping of DTLZ5/6: θ₁ = x₁, θᵢ = (1 + 2g·xᵢ)/(2(1 + g)) (in units of π/2).</summary>
    internal static void CurveShape(ReadOnlySpan<double> x, double g, Span<double> objectives)
    {
        int m = objectives.Length;
        Span<double> angles = stackalloc double[m - 1];
        angles[0] = x[0];
        for (int i = 1; i < angles.Length; i++)
        {
            angles[i] = (1 + 2 * g * x[i]) / (2 * (1 + g));
        }
        SphericalShape(angles, 1 + g, objectives);
    }
}

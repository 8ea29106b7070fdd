namespace Metaheuristics.Problems.MultiObjective;

/// <summary>DTLZ4: DTLZ2 with position variables raised to α = 100, which crowds solutions near the axes; k = 10 by default.</summary>
public sealed class Dtlz4(int objectives = 3, int? variables = null)
    : DtlzProblem("dtlz4", objectives, DistanceVariables(objectives, variables, 10))
{
    private const double Alpha = 100;

    /// <inheritdoc/>
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> objectives)
    {
        int m = objectives.Length;
        Span<double> angles = stackalloc double[m - 1];
        for (int i = 0; i < angles.Length; i++)
        {
            angles[i] = Math.Pow(x[i], Alpha);
        }
        SphericalShape(angles, 1 + SquaredG(x[(m - 1)..]), objectives);
    }

    /// <inheritdoc/>
    public override double[][] ReferenceFront() => SphereFront();
}

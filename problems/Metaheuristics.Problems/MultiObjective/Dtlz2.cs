namespace Metaheuristics.Problems.MultiObjective;

/// <summary>DTLZ2: the unit-sphere front Σfₘ² = 1; k = 10 by default (n = M + 9).</summary>
public sealed class Dtlz2(int objectives = 3, int? variables = null)
    : DtlzProblem("dtlz2", objectives, DistanceVariables(objectives, variables, 10))
{
    /// <inheritdoc/>
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> objectives) =>
        SphericalShape(x, 1 + SquaredG(x[(objectives.Length - 1)..]), objectives);

    /// <inheritdoc/>
    public override double[][] ReferenceFront() => SphereFront();
}

namespace Metaheuristics.Problems.MultiObjective;

/// <summary>DTLZ3: DTLZ2's sphere front behind 3ᵏ − 1 local fronts (DTLZ1's g); k = 10 by default.</summary>
public sealed class Dtlz3(int objectives = 3, int? variables = null)
    : DtlzProblem("dtlz3", objectives, DistanceVariables(objectives, variables, 10))
{
    /// <inheritdoc/>
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> objectives) =>
        SphericalShape(x, 1 + RastriginG(x[(objectives.Length - 1)..]), objectives);

    /// <inheritdoc/>
    public override double[][] ReferenceFront() => SphereFront();
}

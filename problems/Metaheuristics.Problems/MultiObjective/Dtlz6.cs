namespace Metaheuristics.Problems.MultiObjective;

/// <summary>DTLZ6: DTLZ5's curve with a harder g = Σ x^0.1; k = 10 by default.</summary>
public sealed class Dtlz6(int objectives = 3, int? variables = null)
    : DtlzProblem("dtlz6", objectives, DistanceVariables(objectives, variables, 10))
{
    /// <inheritdoc/>
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> objectives)
    {
        double g = 0;
        foreach (double v in x[(objectives.Length - 1)..])
        {
            g += Math.Pow(v, 0.1);
        }
        Dtlz5.CurveShape(x, g, objectives);
    }

    /// <inheritdoc/>
    public override double[][] ReferenceFront() => DegenerateCurveFront();
}

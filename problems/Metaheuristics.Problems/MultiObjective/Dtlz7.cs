namespace Metaheuristics.Problems.MultiObjective;

/// <summary>DTLZ7: 2^(M−1) disconnected front regions; k = 20 by default.</summary>
public sealed class Dtlz7(int objectives = 3, int? variables = null)
    : DtlzProblem("dtlz7", objectives, DistanceVariables(objectives, variables, 20), referenceCoordinate: null)
{
    /// <inheritdoc/>
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> objectives)
    {
        int m = objectives.Length;
        ReadOnlySpan<double> distance = x[(m - 1)..];
        double sum = 0;
        foreach (double v in distance)
        {
            sum += v;
        }
        double g = 1 + 9 * sum / distance.Length;
        for (int i = 0; i < m - 1; i++)
        {
            objectives[i] = x[i];
        }
        objectives[m - 1] = (1 + g) * Shape(objectives[..(m - 1)], g);
    }

    /// <inheritdoc/>
    /// <remarks>A regular grid over f₁…f_{M−1} ∈ [0, 1] with g = 1, reduced to its non-dominated points.</remarks>
    public override double[][] ReferenceFront()
    {
        int m = ObjectiveCount;
        int perAxis = (int)Math.Floor(Math.Pow(ReferenceFrontMaxSize, 1.0 / (m - 1)));
        int total = (int)Math.Pow(perAxis, m - 1);
        var points = new List<double[]>(total);
        for (int index = 0; index < total; index++)
        {
            var point = new double[m];
            int rest = index;
            for (int i = 0; i < m - 1; i++)
            {
                point[i] = (double)(rest % perAxis) / (perAxis - 1);
                rest /= perAxis;
            }
            point[m - 1] = 2 * Shape(point.AsSpan(0, m - 1), 1);
            points.Add(point);
        }
        return ReferenceFronts.NonDominated(points);
    }

    private static double Shape(ReadOnlySpan<double> firsts, double g)
    {
        double h = firsts.Length + 1;
        foreach (double f in firsts)
        {
            h -= f / (1 + g) * (1 + Math.Sin(3 * Math.PI * f));
        }
        return h;
    }
}

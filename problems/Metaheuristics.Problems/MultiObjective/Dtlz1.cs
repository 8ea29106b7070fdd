namespace Metaheuristics.Problems.MultiObjective;

/// <summary>DTLZ1: linear front Σfₘ = ½ behind 11ᵏ − 1 local fronts; k = 5 by default (n = M + 4).</summary>
public sealed class Dtlz1(int objectives = 3, int? variables = null)
    : DtlzProblem("dtlz1", objectives, DistanceVariables(objectives, variables, 5), referenceCoordinate: 0.6)
{
    /// <inheritdoc/>
    public override void Evaluate(ReadOnlySpan<double> x, Span<double> objectives)
    {
        int m = objectives.Length;
        double g = RastriginG(x[(m - 1)..]);
        for (int objective = 0; objective < m; objective++)
        {
            double value = 0.5 * (1 + g);
            int products = m - 1 - objective;
            for (int i = 0; i < products; i++)
            {
                value *= x[i];
            }
            if (objective > 0)
            {
                value *= 1 - x[products];
            }
            objectives[objective] = value;
        }
    }

    /// <inheritdoc/>
    public override double[][] ReferenceFront()
    {
        double[][] points = ReferenceFronts.SimplexLattice(ObjectiveCount, ReferenceFrontMaxSize);
        foreach (double[] point in points)
        {
            for (int i = 0; i < point.Length; i++)
            {
                point[i] *= 0.5;
            }
        }
        return points;
    }
}

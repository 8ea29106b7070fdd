using Metaheuristics.Populations;

namespace Metaheuristics.Constraints;

/// <summary>
/// Scales measured on the first scored population, so that penalty methods need no problem-specific tuning:
/// constraints are divided by their typical magnitude (differently scaled constraints become comparable) and the first
/// penalty weight makes a typical infeasible row's penalty as large as the spread of the objective.
/// </summary>
internal static class PenaltyScale
{
    /// <summary>Fills <paramref name="scales"/> with the mean |value| of each constraint over the scored rows (1 where that is 0 or not finite).</summary>
    public static void MeasureConstraints(Population population, Span<double> scales)
    {
        scales.Clear();
        int scored = 0;
        for (int row = 0; row < population.Capacity; row++)
        {
            if (!ConstraintValues.IsScored(population, row))
            {
                continue;
            }
            scored++;
            ReadOnlySpan<double> constraints = population.ConstraintsOf(row);
            for (int i = 0; i < scales.Length; i++)
            {
                scales[i] += Math.Abs(constraints[i]);
            }
        }
        for (int i = 0; i < scales.Length; i++)
        {
            double mean = scored == 0 ? 0 : scales[i] / scored;
            scales[i] = double.IsFinite(mean) && mean > 0 ? mean : 1;
        }
    }

    /// <summary>
    /// The weight w for which w·Σ(vᵢ/sᵢ)², averaged over the scored infeasible rows, equals the objectives' range over
    /// the scored rows (the widest objective's; 1 when either is 0 or not finite).
    /// </summary>
    public static double InitialWeight(Population population, ReadOnlySpan<double> scales, int inequalities, double tolerance)
    {
        int m = population.ObjectiveCount;
        Span<double> low = m <= 16 ? stackalloc double[m] : new double[m];
        Span<double> high = m <= 16 ? stackalloc double[m] : new double[m];
        low.Fill(double.PositiveInfinity);
        high.Fill(double.NegativeInfinity);
        double squares = 0;
        int infeasible = 0;
        for (int row = 0; row < population.Capacity; row++)
        {
            if (!ConstraintValues.IsScored(population, row))
            {
                continue;
            }
            ReadOnlySpan<double> objectives = population.ObjectivesOf(row);
            for (int k = 0; k < m; k++)
            {
                low[k] = Math.Min(low[k], objectives[k]);
                high[k] = Math.Max(high[k], objectives[k]);
            }
            if (population.Violation[row] > 0)
            {
                infeasible++;
                squares += SquaredNormalizedViolation(population.ConstraintsOf(row), scales, inequalities, tolerance);
            }
        }
        double range = 0;
        for (int k = 0; k < m; k++)
        {
            range = Math.Max(range, high[k] - low[k]);
        }
        double weight = range / (squares / Math.Max(1, infeasible));
        return double.IsFinite(weight) && weight > 0 ? weight : 1;
    }

    /// <summary>Σ (vᵢ/sᵢ)² over the constraints of one row.</summary>
    public static double SquaredNormalizedViolation(ReadOnlySpan<double> constraints, ReadOnlySpan<double> scales, int inequalities, double tolerance)
    {
        double sum = 0;
        for (int i = 0; i < scales.Length; i++)
        {
            double v = ConstraintValues.Violation(constraints, inequalities, tolerance, i) / scales[i];
            sum += v * v;
        }
        return sum;
    }
}

using Metaheuristics.Populations;

namespace Metaheuristics.Constraints;

/// <summary>How far a row is from satisfying each of its constraints: the one definition every handler uses.</summary>
internal static class ConstraintValues
{
    /// <summary>
    /// The violation of constraint <paramref name="index"/>: max(0, g) for an inequality, max(0, |h| − ε) for an
    /// equality; summed over all constraints this is <see cref="Population.Violation"/>.
    /// </summary>
    public static double Violation(ReadOnlySpan<double> constraints, int inequalities, double tolerance, int index)
    {
        double value = constraints[index];
        return index < inequalities ? Math.Max(0, value) : Math.Max(0, Math.Abs(value) - tolerance);
    }

    /// <summary>
    /// The constraint as a signed value that is 0 where it is satisfied: g itself for an inequality, h shrunk by the
    /// tolerance band for an equality (sign(h)·max(0, |h| − ε)), so a multiplier method aims at the band's edge.
    /// </summary>
    public static double Signed(ReadOnlySpan<double> constraints, int inequalities, double tolerance, int index)
    {
        double value = constraints[index];
        return index < inequalities ? value : Math.Sign(value) * Math.Max(0, Math.Abs(value) - tolerance);
    }

    /// <summary>True when <paramref name="row"/> was scored (not pending, not failed).</summary>
    public static bool IsScored(Population population, int row) => population.Status[row] == RowStatus.Evaluated;
}

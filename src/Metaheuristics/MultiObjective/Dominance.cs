namespace Metaheuristics.MultiObjective;

/// <summary>Pareto dominance on minimized objective vectors, and Deb's constrained dominance.</summary>
public static class Dominance
{
    /// <summary>True when <paramref name="a"/> is no worse than <paramref name="b"/> everywhere and better somewhere.</summary>
    public static bool Dominates(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        bool better = false;
        for (int i = 0; i < a.Length; i++)
        {
            if (a[i] > b[i])
            {
                return false;
            }
            better |= a[i] < b[i];
        }
        return better;
    }

    /// <summary>
    /// Deb's (2000) constrained dominance: a less violating point dominates; between equally violating ones (feasible
    /// ones included), Pareto dominance decides.
    /// </summary>
    public static bool ConstrainedDominates(ReadOnlySpan<double> a, double violationA, ReadOnlySpan<double> b, double violationB)
    {
        if (violationA < violationB)
        {
            return true;
        }
        return violationA == violationB && Dominates(a, b);
    }
}

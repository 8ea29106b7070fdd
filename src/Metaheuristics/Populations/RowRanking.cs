namespace Metaheuristics.Populations;

/// <summary>
/// Orders rows of a single-objective population the way the run's constraint handler ranks them: lower
/// <see cref="Population.Level"/> first (failed and pending rows hold +∞), then smaller penalized objective, then lower
/// row index, so the order is total and the same on every machine. A struct, for <see cref="Sorting.StableSort"/>'s
/// allocation-free specialization.
/// </summary>
internal readonly struct RowRanking(Population population) : IComparer<int>
{
    public int Compare(int x, int y)
    {
        int c = Compare(population, x, y);
        return c != 0 ? c : x.CompareTo(y);
    }

    /// <summary>True when <paramref name="row"/> ranks strictly before <paramref name="than"/> (ties are not better).</summary>
    public static bool IsBetter(Population population, int row, int than) => Compare(population, row, than) < 0;

    /// <summary>The same rule on values kept aside (a row that may since have been overwritten): level, then penalized objective.</summary>
    public static bool IsBetter(double level, double penalizedObjective, double thanLevel, double thanPenalizedObjective) =>
        level < thanLevel || (level == thanLevel && penalizedObjective < thanPenalizedObjective);

    private static int Compare(Population population, int x, int y)
    {
        int byLevel = population.Level[x].CompareTo(population.Level[y]);
        return byLevel != 0 ? byLevel : population.PenalizedObjective(x, 0).CompareTo(population.PenalizedObjective(y, 0));
    }
}

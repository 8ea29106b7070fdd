using Metaheuristics.Populations;

namespace Metaheuristics.Solvers.Genetic;

/// <summary>
/// Orders rows for single-objective survival: less violation first (failed and pending rows hold +∞), then smaller
/// objective, then lower row index, so the order is total and the same on every machine. A struct, for
/// <see cref="Sorting.StableSort"/>'s allocation-free specialization.
/// </summary>
internal readonly struct RowRanking(Population population) : IComparer<int>
{
    public int Compare(int x, int y)
    {
        int byViolation = population.Violation[x].CompareTo(population.Violation[y]);
        if (byViolation != 0)
        {
            return byViolation;
        }
        int byObjective = population.ObjectivesOf(x)[0].CompareTo(population.ObjectivesOf(y)[0]);
        return byObjective != 0 ? byObjective : x.CompareTo(y);
    }
}

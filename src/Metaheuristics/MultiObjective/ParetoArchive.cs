using Metaheuristics.Populations;

namespace Metaheuristics.MultiObjective;

/// <summary>
/// An unbounded archive of the rows that no other evaluated row dominates under Deb's constrained dominance: once any
/// feasible point exists it holds feasible points only. Duplicates (same objectives and violation) are kept once.
/// </summary>
public sealed class ParetoArchive
{
    private readonly List<Entry> _entries = [];

    /// <summary>The number of points held.</summary>
    public int Count => _entries.Count;

    /// <summary>The points held, in the order they were added (minimized objectives).</summary>
    public IReadOnlyList<Entry> Entries => _entries;

    /// <summary>Offers an evaluated row; returns true when the archive changed.</summary>
    public bool Offer(Population population, int row)
    {
        ArgumentNullException.ThrowIfNull(population);
        if (population.Status[row] != RowStatus.Evaluated)
        {
            return false;
        }
        ReadOnlySpan<double> objectives = population.ObjectivesOf(row);
        double violation = population.Violation[row];
        foreach (Entry entry in _entries)
        {
            if (entry.Violation == violation && objectives.SequenceEqual(entry.Objectives))
            {
                return false;
            }
            if (Dominance.ConstrainedDominates(entry.Objectives, entry.Violation, objectives, violation))
            {
                return false;
            }
        }
        for (int i = _entries.Count - 1; i >= 0; i--)
        {
            if (Dominance.ConstrainedDominates(objectives, violation, _entries[i].Objectives, _entries[i].Violation))
            {
                _entries.RemoveAt(i);
            }
        }
        _entries.Add(new Entry(population.ToCandidate(row), objectives.ToArray(), population.ConstraintsOf(row).ToArray(), violation));
        return true;
    }

    /// <summary>One archived point.</summary>
    /// <param name="Candidate">Its genes.</param>
    /// <param name="Objectives">Its minimized objectives.</param>
    /// <param name="Constraints">Its constraint values.</param>
    /// <param name="Violation">Its violation.</param>
    public sealed record Entry(Spaces.Candidate Candidate, double[] Objectives, double[] Constraints, double Violation);
}

using Metaheuristics.MultiObjective;
using Metaheuristics.Populations;
using Metaheuristics.Problems;
using Metaheuristics.Solvers;

namespace Metaheuristics.Running;

/// <summary>
/// The hypervolume of a run's feasible non-dominated set, measured in the minimized sense against the user's
/// reference point (maximized objectives negated on both sides), for generation reports.
/// </summary>
internal sealed class FrontHypervolume
{
    /// <summary>The largest 3-objective set measured every time it changes: slicing costs O(N²).</summary>
    public const int MaxPointsForThreeObjectives = 1_000;

    private readonly double[] _reference;
    private readonly List<double[]> _points = [];

    public FrontHypervolume(ProblemSpec spec, IReadOnlyList<double> reference)
    {
        if (reference.Count != spec.ObjectiveCount)
        {
            throw new ArgumentException(
                $"RunSettings.HypervolumeReference has {reference.Count} values; problem '{spec.Name}' has {spec.ObjectiveCount} objectives.",
                nameof(reference));
        }
        _reference = new double[reference.Count];
        for (int i = 0; i < _reference.Length; i++)
        {
            _reference[i] = spec.Objectives[i].Sense == ObjectiveSense.Maximize ? -reference[i] : reference[i];
        }
    }

    /// <summary>The last measured value; null when the set is too large to measure exactly every generation.</summary>
    public double? Value { get; private set; }

    public void Measure(ParetoArchive? archive, IProvidesFront? front)
    {
        _points.Clear();
        if (archive is not null)
        {
            foreach (ParetoArchive.Entry entry in archive.Entries)
            {
                if (entry.Violation == 0)
                {
                    _points.Add(entry.Objectives);
                }
            }
        }
        else if (front is not null)
        {
            Population population = front.FrontPopulation;
            foreach (int row in front.FrontRows)
            {
                if (population.Status[row] == RowStatus.Evaluated && population.Violation[row] == 0)
                {
                    _points.Add(population.ObjectivesOf(row).ToArray());
                }
            }
        }
        int limit = _reference.Length switch
        {
            2 => int.MaxValue,
            3 => MaxPointsForThreeObjectives,
            _ => Hypervolume.MaxPointsForManyObjectives,
        };
        Value = _points.Count == 0 ? 0 : _points.Count <= limit ? Hypervolume.Compute(_points, _reference) : null;
    }
}

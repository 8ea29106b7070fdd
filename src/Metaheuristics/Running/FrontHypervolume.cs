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

    /// <summary>The last measured value; null when it could not be computed exactly (too many points in 4+ objectives).</summary>
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
        try
        {
            Value = _points.Count == 0 ? 0 : Hypervolume.Compute(_points, _reference);
        }
        catch (ArgumentException)
        {
            Value = null;
        }
    }
}

using Metaheuristics.Populations;
using Metaheuristics.Problems;
using Metaheuristics.Spaces;

namespace Metaheuristics.Running;

/// <summary>
/// Keeps a copy of the best row ever evaluated in a single-objective run (least violation, then least minimized
/// objective; a tie keeps the earlier row), in buffers allocated once: offering a row allocates nothing.
/// </summary>
internal sealed class IncumbentTracker
{
    private readonly ProblemSpec _spec;
    private readonly double[] _reals;
    private readonly int[] _integers;
    private readonly byte[] _bits;
    private readonly double[] _constraints;
    private double _objective = double.PositiveInfinity;
    private double _violation = double.PositiveInfinity;
    private long _id;

    public IncumbentTracker(ProblemSpec spec)
    {
        _spec = spec;
        _reals = new double[spec.Space.RealLength];
        _integers = new int[spec.Space.IntegerLength];
        _bits = new byte[spec.Space.BinaryLength];
        _constraints = new double[spec.ConstraintCount];
    }

    public bool HasValue { get; private set; }

    /// <summary>The best objective in the user's sense, or null.</summary>
    public double? BestObjective => HasValue ? ObjectiveSenses.ToUserSense(_spec, 0, _objective) : null;

    public double? BestViolation => HasValue ? _violation : null;

    /// <summary>Considers an evaluated row; returns true when it became the new best.</summary>
    public bool Offer(Population population, int row)
    {
        if (population.Status[row] != RowStatus.Evaluated)
        {
            return false;
        }
        double violation = population.Violation[row];
        double objective = population.ObjectivesOf(row)[0];
        bool better = !HasValue || violation < _violation || (violation == _violation && objective < _objective);
        if (!better)
        {
            return false;
        }
        population.RealsOf(row).CopyTo(_reals);
        population.IntegersOf(row).CopyTo(_integers);
        population.BitsOf(row).CopyTo(_bits);
        population.ConstraintsOf(row).CopyTo(_constraints);
        _objective = objective;
        _violation = violation;
        _id = population.Ids[row];
        HasValue = true;
        return true;
    }

    public Solution? ToSolution() => HasValue
        ? new Solution(
            new Candidate(_spec.Space, _id, [.. _reals], [.. _integers], [.. _bits]),
            [ObjectiveSenses.ToUserSense(_spec, 0, _objective)],
            [.. _constraints],
            _violation)
        : null;
}

using Metaheuristics.Problems;
using Metaheuristics.Spaces;

namespace Metaheuristics.Populations;

/// <summary>
/// A fixed number of rows of candidates and their scores, stored as flat row-major arrays (structure of arrays),
/// allocated once per run and reused across generations: no object per gene, none per individual.
/// </summary>
/// <remarks>
/// Objectives are stored minimized (maximized objectives negated). A row that is not evaluated or that failed holds +∞
/// objectives and violation, so every ranking puts it last without a special case.
/// </remarks>
public sealed class Population
{
    private readonly double[] _reals;
    private readonly int[] _integers;
    private readonly byte[] _bits;
    private readonly double[] _objectives;
    private readonly double[] _constraints;
    private readonly RowStatus[] _status;
    private readonly double[] _violation;
    private readonly double[] _level;
    private readonly double[] _penalty;
    private readonly long[] _ids;
    private readonly string?[] _messages;

    /// <summary>Allocates <paramref name="capacity"/> rows for candidates of <paramref name="spec"/>.</summary>
    public Population(ProblemSpec spec, int capacity)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Spec = spec;
        Capacity = capacity;
        RealLength = spec.Space.RealLength;
        IntegerLength = spec.Space.IntegerLength;
        BinaryLength = spec.Space.BinaryLength;
        ObjectiveCount = spec.ObjectiveCount;
        ConstraintCount = spec.ConstraintCount;
        _reals = new double[capacity * RealLength];
        _integers = new int[capacity * IntegerLength];
        _bits = new byte[capacity * BinaryLength];
        _objectives = new double[capacity * ObjectiveCount];
        _constraints = new double[capacity * ConstraintCount];
        _status = new RowStatus[capacity];
        _violation = new double[capacity];
        _level = new double[capacity];
        _penalty = new double[capacity];
        _ids = new long[capacity];
        _messages = new string?[capacity];
        ResetRows(0, capacity);
    }

    /// <summary>The problem the rows belong to.</summary>
    public ProblemSpec Spec { get; }

    /// <summary>The space the genomes belong to.</summary>
    public SearchSpace Space => Spec.Space;

    /// <summary>The number of rows.</summary>
    public int Capacity { get; }

    /// <summary>Real genes per row.</summary>
    public int RealLength { get; }

    /// <summary>Integer genes per row.</summary>
    public int IntegerLength { get; }

    /// <summary>Bits per row.</summary>
    public int BinaryLength { get; }

    /// <summary>Objectives per row.</summary>
    public int ObjectiveCount { get; }

    /// <summary>Constraint values per row (inequalities, then equalities).</summary>
    public int ConstraintCount { get; }

    /// <summary>The status of every row.</summary>
    public Span<RowStatus> Status => _status;

    /// <summary>The constraint violation of every row (0 when feasible, +∞ when failed or pending).</summary>
    public Span<double> Violation => _violation;

    /// <summary>
    /// The constraint handler's first ranking key of every row (lower is better; +∞ when failed or pending): the
    /// violation under feasibility rules, the ε-level under the ε-constraint method, a rank under stochastic ranking,
    /// 0 under penalty methods. Solvers compare rows by <see cref="Level"/>, then by penalized objective.
    /// </summary>
    public Span<double> Level => _level;

    /// <summary>The constraint handler's penalty of every row, added to each objective when ranking (0 when none).</summary>
    public Span<double> Penalty => _penalty;

    /// <summary>Objective <paramref name="objective"/> of <paramref name="row"/> plus the row's penalty: what solvers rank by.</summary>
    public double PenalizedObjective(int row, int objective) => _objectives[row * ObjectiveCount + objective] + _penalty[row];

    /// <summary>The candidate id of every row.</summary>
    public Span<long> Ids => _ids;

    /// <summary>All objectives, row-major (Capacity × ObjectiveCount), minimized.</summary>
    public Span<double> ObjectiveMatrix => _objectives;

    /// <summary>All constraint values, row-major (Capacity × ConstraintCount).</summary>
    public Span<double> ConstraintMatrix => _constraints;

    /// <summary>The real genes of <paramref name="row"/>.</summary>
    public Span<double> RealsOf(int row) => _reals.AsSpan(row * RealLength, RealLength);

    /// <summary>The integer genes of <paramref name="row"/>.</summary>
    public Span<int> IntegersOf(int row) => _integers.AsSpan(row * IntegerLength, IntegerLength);

    /// <summary>The bits of <paramref name="row"/>.</summary>
    public Span<byte> BitsOf(int row) => _bits.AsSpan(row * BinaryLength, BinaryLength);

    /// <summary>The real genes of <paramref name="count"/> consecutive rows from <paramref name="start"/>, row-major.</summary>
    public Span<double> RealsOfRows(int start, int count) => _reals.AsSpan(start * RealLength, count * RealLength);

    /// <summary>The integer genes of <paramref name="count"/> consecutive rows from <paramref name="start"/>, row-major.</summary>
    public Span<int> IntegersOfRows(int start, int count) => _integers.AsSpan(start * IntegerLength, count * IntegerLength);

    /// <summary>The bits of <paramref name="count"/> consecutive rows from <paramref name="start"/>, row-major.</summary>
    public Span<byte> BitsOfRows(int start, int count) => _bits.AsSpan(start * BinaryLength, count * BinaryLength);

    /// <summary>The (minimized) objectives of <paramref name="row"/>.</summary>
    public Span<double> ObjectivesOf(int row) => _objectives.AsSpan(row * ObjectiveCount, ObjectiveCount);

    /// <summary>The constraint values of <paramref name="row"/>.</summary>
    public Span<double> ConstraintsOf(int row) => _constraints.AsSpan(row * ConstraintCount, ConstraintCount);

    /// <summary>The failure message of <paramref name="row"/>, or null.</summary>
    public string? MessageOf(int row) => _messages[row];

    /// <summary>A read-only view of <paramref name="row"/>'s genes.</summary>
    public Genome GenomeOf(int row) => new(Spec.Space, RealsOf(row), IntegersOf(row), BitsOf(row));

    /// <summary>A writable view of <paramref name="row"/>'s genes.</summary>
    public MutableGenome MutableGenomeOf(int row) => new(RealsOf(row), IntegersOf(row), BitsOf(row));

    /// <summary>An owned copy of <paramref name="row"/>'s genes.</summary>
    public Candidate ToCandidate(int row) => GenomeOf(row).ToCandidate(_ids[row]);

    /// <summary>True when <paramref name="row"/> was evaluated and satisfies every constraint.</summary>
    public bool IsFeasible(int row) => _status[row] == RowStatus.Evaluated && _violation[row] == 0;

    /// <summary>Copies genes, scores, status, id and message of row <paramref name="from"/> into row <paramref name="to"/> of <paramref name="target"/>.</summary>
    public void CopyRow(int from, Population target, int to)
    {
        ArgumentNullException.ThrowIfNull(target);
        RealsOf(from).CopyTo(target.RealsOf(to));
        IntegersOf(from).CopyTo(target.IntegersOf(to));
        BitsOf(from).CopyTo(target.BitsOf(to));
        ObjectivesOf(from).CopyTo(target.ObjectivesOf(to));
        ConstraintsOf(from).CopyTo(target.ConstraintsOf(to));
        target._status[to] = _status[from];
        target._violation[to] = _violation[from];
        target._level[to] = _level[from];
        target._penalty[to] = _penalty[from];
        target._ids[to] = _ids[from];
        target._messages[to] = _messages[from];
    }

    /// <summary>Copies row <paramref name="from"/> onto row <paramref name="to"/> of this population.</summary>
    public void CopyRow(int from, int to) => CopyRow(from, this, to);

    /// <summary>Marks rows as not evaluated: status pending, objectives, violation and level +∞, constraints and penalty 0, no message.</summary>
    public void ResetRows(int start, int count)
    {
        _status.AsSpan(start, count).Fill(RowStatus.Pending);
        _violation.AsSpan(start, count).Fill(double.PositiveInfinity);
        _level.AsSpan(start, count).Fill(double.PositiveInfinity);
        _penalty.AsSpan(start, count).Clear();
        _objectives.AsSpan(start * ObjectiveCount, count * ObjectiveCount).Fill(double.PositiveInfinity);
        _constraints.AsSpan(start * ConstraintCount, count * ConstraintCount).Clear();
        _messages.AsSpan(start, count).Clear();
    }

    /// <summary>Records a failed evaluation of <paramref name="row"/>: it ranks worst and keeps its reason.</summary>
    public void MarkFailed(int row, string message)
    {
        _status[row] = RowStatus.Failed;
        _violation[row] = double.PositiveInfinity;
        _level[row] = double.PositiveInfinity;
        _penalty[row] = 0;
        ObjectivesOf(row).Fill(double.PositiveInfinity);
        _messages[row] = message;
    }

    internal void MarkEvaluated(int row, double violation)
    {
        _status[row] = RowStatus.Evaluated;
        _violation[row] = violation;
        _messages[row] = null;
    }
}

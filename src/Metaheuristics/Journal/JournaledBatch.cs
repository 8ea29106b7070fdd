using System.Globalization;
using Metaheuristics.Populations;

namespace Metaheuristics.Journal;

/// <summary>
/// The scores one evaluated batch received: per row its status, objectives (minimized: maximized ones negated),
/// constraint values, violation and failure message, plus a fingerprint of the genomes and, when the journal asks for
/// it, the genomes themselves. What a resumed run replays instead of evaluating again.
/// </summary>
public sealed class JournaledBatch
{
    /// <summary>Creates a record from its parts (a run store reading one back); the arrays are kept, not copied.</summary>
    /// <param name="index">The batch's position in the run, from 0.</param>
    /// <param name="firstId">The candidate id of its first row.</param>
    /// <param name="count">Rows in the batch.</param>
    /// <param name="fingerprint">The fingerprint of the rows' genomes.</param>
    /// <param name="status">Each row's status (evaluated or failed).</param>
    /// <param name="objectives">count × objectives, row-major, minimized.</param>
    /// <param name="constraints">count × constraint values, row-major.</param>
    /// <param name="violations">Each row's violation.</param>
    /// <param name="messages">Each row's failure message, or null when no row failed.</param>
    /// <param name="seconds">Wall time the evaluator took for the batch.</param>
    /// <exception cref="ArgumentException">An array's length does not fit <paramref name="count"/>.</exception>
    public JournaledBatch(int index, long firstId, int count, ulong fingerprint, RowStatus[] status, double[] objectives,
        double[] constraints, double[] violations, string?[]? messages, double seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentNullException.ThrowIfNull(status);
        ArgumentNullException.ThrowIfNull(objectives);
        ArgumentNullException.ThrowIfNull(constraints);
        ArgumentNullException.ThrowIfNull(violations);
        if (status.Length != count || violations.Length != count || objectives.Length % count != 0
            || constraints.Length % count != 0 || messages is not null && messages.Length != count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"Batch {index}: lane lengths (status {status.Length}, objectives {objectives.Length}, constraints {constraints.Length}, violations {violations.Length}) do not fit {count} rows."));
        }
        Index = index;
        FirstId = firstId;
        Count = count;
        Fingerprint = fingerprint;
        Status = status;
        Objectives = objectives;
        Constraints = constraints;
        Violations = violations;
        Messages = messages;
        Seconds = seconds;
    }

    /// <summary>The batch's position in the run, from 0.</summary>
    public int Index { get; }

    /// <summary>The candidate id of the first row; rows follow in order.</summary>
    public long FirstId { get; }

    /// <summary>Rows in the batch.</summary>
    public int Count { get; }

    /// <summary>The fingerprint of the rows' genomes.</summary>
    public ulong Fingerprint { get; }

    /// <summary>Each row's status.</summary>
    public ReadOnlyMemory<RowStatus> Status { get; }

    /// <summary>Count × objectives, row-major, minimized (maximized objectives negated).</summary>
    public ReadOnlyMemory<double> Objectives { get; }

    /// <summary>Count × constraint values (inequalities, then equalities), row-major.</summary>
    public ReadOnlyMemory<double> Constraints { get; }

    /// <summary>Each row's violation.</summary>
    public ReadOnlyMemory<double> Violations { get; }

    /// <summary>Each row's failure message, or null when no row failed.</summary>
    public IReadOnlyList<string?>? Messages { get; }

    /// <summary>Wall time the evaluator took for the whole batch, in seconds; 0 unless the journal records genomes (the evaluations, one by one, are the only record that shows it).</summary>
    public double Seconds { get; }

    /// <summary>The rows' real genes (row-major), when the journal recorded genomes; else empty.</summary>
    public ReadOnlyMemory<double> Reals { get; init; }

    /// <summary>The rows' integer genes (row-major), when the journal recorded genomes; else empty.</summary>
    public ReadOnlyMemory<int> Integers { get; init; }

    /// <summary>The rows' bits (row-major), when the journal recorded genomes; else empty.</summary>
    public ReadOnlyMemory<byte> Bits { get; init; }

    /// <summary>True when <see cref="Reals"/>, <see cref="Integers"/> and <see cref="Bits"/> hold the genomes.</summary>
    public bool HasGenomes { get; init; }

    /// <summary>
    /// Copies the scores of a fully evaluated batch (and its genomes when <paramref name="withGenomes"/>); a status or
    /// violation lane that is all "evaluated" or all 0 comes from <paramref name="shared"/> instead of a new array.
    /// </summary>
    internal static JournaledBatch Capture(int index, EvaluationBatch batch, bool withGenomes, double seconds, SharedLanes shared)
    {
        Population population = batch.Population;
        int start = batch.Start, count = batch.Count;
        string?[]? messages = null;
        for (int row = start; row < batch.End; row++)
        {
            if (population.Status[row] == RowStatus.Failed)
            {
                messages ??= new string?[count];
                messages[row - start] = population.MessageOf(row);
            }
        }
        var record = new JournaledBatch(index, population.Ids[start], count, GenomeFingerprint.Of(population, start, count),
            population.Status.Slice(start, count) is var status && !status.ContainsAnyExcept(RowStatus.Evaluated)
                ? shared.AllEvaluated(count) : status.ToArray(),
            population.ObjectiveMatrix.Slice(start * population.ObjectiveCount, count * population.ObjectiveCount).ToArray(),
            population.ConstraintMatrix.Slice(start * population.ConstraintCount, count * population.ConstraintCount).ToArray(),
            population.Violation.Slice(start, count) is var violations && !violations.ContainsAnyExcept(0.0)
                ? shared.AllFeasible(count) : violations.ToArray(), messages, seconds)
        {
            HasGenomes = withGenomes,
            Reals = withGenomes ? population.RealsOfRows(start, count).ToArray() : default,
            Integers = withGenomes ? population.IntegersOfRows(start, count).ToArray() : default,
            Bits = withGenomes ? population.BitsOfRows(start, count).ToArray() : default,
        };
        return record;
    }

    /// <summary>Writes the recorded scores into the rows of <paramref name="batch"/>, after checking they are the same candidates.</summary>
    /// <exception cref="JournalReplayException">The batch differs from the one recorded.</exception>
    internal void Restore(EvaluationBatch batch)
    {
        Population population = batch.Population;
        int start = batch.Start;
        if (batch.Count != Count || population.Ids[start] != FirstId)
        {
            throw new JournalReplayException(Index, string.Create(CultureInfo.InvariantCulture,
                $"held {Count} rows from candidate {FirstId}, but the run asks for {batch.Count} rows from candidate {population.Ids[start]}"));
        }
        if (Objectives.Length != Count * population.ObjectiveCount || Constraints.Length != Count * population.ConstraintCount)
        {
            throw new JournalReplayException(Index, "has a different number of objectives or constraints than the problem");
        }
        if (!GenomeFingerprint.Matches(Fingerprint, population, start, Count))
        {
            throw new JournalReplayException(Index, "scored other candidates than the run asks for (genome fingerprints differ)");
        }
        ReadOnlySpan<RowStatus> status = Status.Span;
        ReadOnlySpan<double> violations = Violations.Span;
        int objectiveCount = population.ObjectiveCount, constraintCount = population.ConstraintCount;
        for (int i = 0; i < Count; i++)
        {
            int row = start + i;
            switch (status[i])
            {
                case RowStatus.Evaluated:
                    Objectives.Span.Slice(i * objectiveCount, objectiveCount).CopyTo(population.ObjectivesOf(row));
                    Constraints.Span.Slice(i * constraintCount, constraintCount).CopyTo(population.ConstraintsOf(row));
                    population.MarkEvaluated(row, violations[i]);
                    break;
                case RowStatus.Failed:
                    Constraints.Span.Slice(i * constraintCount, constraintCount).CopyTo(population.ConstraintsOf(row));
                    population.MarkFailed(row, Messages?[i] ?? "failed");
                    break;
                default:
                    throw new JournalReplayException(Index, $"holds row {i} with status {status[i]}; only evaluated or failed rows are recorded");
            }
        }
    }

    /// <summary>The first failed row's candidate id and message, or null when every row was evaluated.</summary>
    internal (long CandidateId, string Message)? FirstFailure()
    {
        ReadOnlySpan<RowStatus> status = Status.Span;
        for (int i = 0; i < Count; i++)
        {
            if (status[i] == RowStatus.Failed)
            {
                return (FirstId + i, Messages?[i] ?? "failed");
            }
        }
        return null;
    }

    /// <summary>
    /// The status and violation lanes most batches have (every row evaluated, every row feasible), made once per batch
    /// size and shared, read-only, by the records that have them: a single-step solver records 100,000 one-row batches,
    /// and two arrays fewer each is less than half the allocation of its capture.
    /// </summary>
    internal sealed class SharedLanes
    {
        private RowStatus[] _allEvaluated = [];
        private double[] _allFeasible = [];

        public RowStatus[] AllEvaluated(int count)
        {
            if (_allEvaluated.Length != count)
            {
                _allEvaluated = new RowStatus[count];
                Array.Fill(_allEvaluated, RowStatus.Evaluated);
            }
            return _allEvaluated;
        }

        public double[] AllFeasible(int count) => _allFeasible.Length == count ? _allFeasible : _allFeasible = new double[count];
    }
}

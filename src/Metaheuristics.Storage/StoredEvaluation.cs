using Metaheuristics.Populations;

namespace Metaheuristics.Storage;

/// <summary>One recorded evaluation (runs started with <c>RecordEvaluations</c>).</summary>
/// <param name="CandidateId">The candidate's id: its position in the run's sequence of evaluations.</param>
/// <param name="Batch">The batch that scored it, from 0.</param>
/// <param name="Status">Evaluated or failed.</param>
/// <param name="Reals">Its real genes.</param>
/// <param name="Integers">Its integer genes (integer, categorical and permutation segments).</param>
/// <param name="Bits">Its bits.</param>
/// <param name="Objectives">Its objectives, minimized (maximized objectives negated, as the engine ranks them); empty when it failed.</param>
/// <param name="Constraints">Its constraint values (inequalities, then equalities); empty when it failed or there are none.</param>
/// <param name="Violation">Its violation, or null when it failed.</param>
/// <param name="Message">Why it failed, or null.</param>
/// <param name="BatchSeconds">Wall time of the whole batch it was scored in.</param>
public sealed record StoredEvaluation(long CandidateId, int Batch, RowStatus Status, double[] Reals, int[] Integers, byte[] Bits,
    double[] Objectives, double[] Constraints, double? Violation, string? Message, double BatchSeconds);

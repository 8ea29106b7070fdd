namespace Metaheuristics.Storage;

/// <summary>One generation's statistics as the store keeps them (the durable part of a <c>GenerationReport</c>).</summary>
/// <param name="Generation">Generations completed.</param>
/// <param name="Evaluations">Evaluations used so far, failed ones included.</param>
/// <param name="FailedEvaluations">Failed evaluations so far.</param>
/// <param name="BestObjective">The best objective so far (user's sense), single objective; else null.</param>
/// <param name="BestViolation">That best's violation, or null.</param>
/// <param name="MeanObjective">The generation's mean objective (user's sense), or null.</param>
/// <param name="FeasibleFraction">The share of the generation's evaluated rows that are feasible.</param>
/// <param name="ParetoSetSize">The non-dominated set's size (multi-objective), else 0.</param>
/// <param name="Hypervolume">The set's hypervolume when measured, else null.</param>
/// <param name="Elapsed">Time into the run's process.</param>
public sealed record StoredGeneration(int Generation, long Evaluations, long FailedEvaluations, double? BestObjective, double? BestViolation,
    double? MeanObjective, double FeasibleFraction, int ParetoSetSize, double? Hypervolume, TimeSpan Elapsed);

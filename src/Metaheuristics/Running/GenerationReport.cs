namespace Metaheuristics.Running;

/// <summary>What a run reports after each generation. A value type, so streaming one per generation allocates nothing.</summary>
/// <param name="Generation">Generations completed.</param>
/// <param name="Evaluations">Evaluations used so far (including failed ones).</param>
/// <param name="FailedEvaluations">Failed evaluations so far.</param>
/// <param name="BestObjective">The best objective so far, user's sense (single objective), or null.</param>
/// <param name="BestViolation">The violation of that best (0 when feasible), or null.</param>
/// <param name="FeasibleFraction">The fraction of this generation's evaluated rows that are feasible.</param>
/// <param name="ParetoSetSize">The size of the non-dominated set so far (multi-objective), else 0.</param>
/// <param name="Elapsed">Time spent in the run so far.</param>
/// <param name="Constraints">The constraint handler's adaptive state (ε, penalty weight, multipliers), or null when it has none.</param>
/// <param name="MeanObjective">The mean objective (user's sense) of this generation's successfully evaluated rows (single objective), or null.</param>
/// <param name="Hypervolume">The hypervolume of the feasible non-dominated set so far, when <see cref="RunSettings.HypervolumeReference"/> is set; else null.</param>
public readonly record struct GenerationReport(
    int Generation,
    long Evaluations,
    long FailedEvaluations,
    double? BestObjective,
    double? BestViolation,
    double FeasibleFraction,
    int ParetoSetSize,
    TimeSpan Elapsed,
    Constraints.ConstraintHandlerState? Constraints = null,
    double? MeanObjective = null,
    double? Hypervolume = null);

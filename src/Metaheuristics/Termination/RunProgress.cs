using Metaheuristics.Problems;

namespace Metaheuristics.Termination;

/// <summary>Where a run stands after a generation; what termination criteria decide on.</summary>
/// <param name="Generation">Generations completed.</param>
/// <param name="Evaluations">Evaluations used (including failed ones).</param>
/// <param name="Elapsed">Time spent in the run.</param>
/// <param name="BestObjective">The best objective found so far in the user's sense (single objective), or null.</param>
/// <param name="BestIsFeasible">Whether that best satisfies every constraint.</param>
/// <param name="Sense">The sense of the first objective.</param>
/// <param name="GenerationsWithoutImprovement">Generations since the best (or the Pareto set) last improved.</param>
public readonly record struct RunProgress(
    int Generation,
    long Evaluations,
    TimeSpan Elapsed,
    double? BestObjective,
    bool BestIsFeasible,
    ObjectiveSense Sense,
    int GenerationsWithoutImprovement);

namespace Metaheuristics.Constraints;

/// <summary>Where the run stands when a handler ranks a population.</summary>
/// <param name="Generation">Generations told before this one (0 for the initial population).</param>
/// <param name="Evaluations">Evaluations used so far, including this generation's.</param>
public readonly record struct ConstraintProgress(int Generation, long Evaluations);

namespace Metaheuristics.Constraints;

/// <summary>What a constraint handler may know about the run it serves.</summary>
/// <param name="Seed">The run's seed, for handlers that draw random numbers.</param>
/// <param name="EvaluationBudget">The run's evaluation budget, or null when the termination sets none.</param>
public readonly record struct ConstraintRunContext(ulong Seed, long? EvaluationBudget);

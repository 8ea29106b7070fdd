namespace Metaheuristics.Problems;

/// <summary>Size parameters for a catalog problem; null means the problem's own default.</summary>
/// <param name="Dimension">The number of variables.</param>
/// <param name="Objectives">The number of objectives (DTLZ only).</param>
public sealed record ProblemParameters(int? Dimension = null, int? Objectives = null);

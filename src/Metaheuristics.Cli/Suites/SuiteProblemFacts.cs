namespace Metaheuristics.Cli.Suites;

/// <summary>What a suite report needs to know of a problem, as its runs' result.json states it.</summary>
/// <param name="Objectives">How many objectives.</param>
/// <param name="Maximize">True when the single objective is maximized.</param>
/// <param name="Constrained">True when the problem has constraints: runs then count as feasible or not.</param>
/// <param name="KnownOptimum">The known optimum (single objective), or null.</param>
internal sealed record SuiteProblemFacts(int Objectives, bool Maximize, bool Constrained, double? KnownOptimum)
{
    public bool IsMultiObjective => Objectives > 1;
}

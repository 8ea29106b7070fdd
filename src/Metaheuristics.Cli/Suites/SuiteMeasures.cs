namespace Metaheuristics.Cli.Suites;

/// <summary>
/// The measures a problem's runs are judged by: hypervolume and IGD+ for multi-objective problems; the best value and
/// its error to the known optimum for single-objective ones. A constrained run counts only when it ended feasible.
/// </summary>
internal static class SuiteMeasures
{
    public static IReadOnlyList<SuiteMeasure> For(SuiteProblemFacts facts)
    {
        if (facts.IsMultiObjective)
        {
            return
            [
                new("hypervolume", "hypervolume", true, o => o.Feasible ? o.Hypervolume : null),
                new("igdPlus", "IGD+", false, o => o.Feasible ? o.IgdPlus : null),
            ];
        }
        var best = new SuiteMeasure("best", "best f", facts.Maximize, o => o.Feasible ? o.Best : null);
        return facts.KnownOptimum is null ? [best] : [best, new("error", "error to f*", false, o => o.Feasible ? o.Error : null)];
    }

    /// <summary>What a convergence curve of the problem's runs shows.</summary>
    public static string CurveLabel(SuiteProblemFacts facts) =>
        facts.IsMultiObjective ? "hypervolume" : facts.KnownOptimum is null ? "best f" : "error to f*";

    /// <summary>True when the curve's values shrink by decades (errors), so a log axis shows them best.</summary>
    public static bool CurveIsLogarithmic(SuiteProblemFacts facts) => !facts.IsMultiObjective && facts.KnownOptimum is not null;
}

using Metaheuristics.Populations;

namespace Metaheuristics.Solvers;

/// <summary>
/// A multi-objective run that reports its own final front (for NSGA-II, the first front of its population, as
/// published) instead of the driver's archive of every non-dominated point ever evaluated.
/// </summary>
public interface IProvidesFront
{
    /// <summary>False when the run wants the driver's unbounded archive instead.</summary>
    bool ProvidesFront { get; }

    /// <summary>The population that holds the front.</summary>
    Population FrontPopulation { get; }

    /// <summary>The rows of the current front (feasible points only once any is feasible).</summary>
    ReadOnlySpan<int> FrontRows { get; }

    /// <summary>Whether the last generation changed the front (a new point entered it): what stagnation and the history go by.</summary>
    bool FrontChanged { get; }
}

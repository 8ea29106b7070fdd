using Metaheuristics.Problems;
using Metaheuristics.Running;

namespace Metaheuristics.Solvers.RandomSearch;

/// <summary>
/// Pure random search: every generation draws a batch of candidates uniformly from the search space. The baseline any
/// other solver must beat, and the simplest user of the whole pipeline.
/// </summary>
public sealed class RandomSearchSolver : ISolver
{
    /// <summary>Creates the solver with <paramref name="options"/> (validated here).</summary>
    public RandomSearchSolver(RandomSearchOptions? options = null)
    {
        Options = options ?? new RandomSearchOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public RandomSearchOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "random";

    /// <inheritdoc/>
    public ISolverRun Start(ProblemSpec spec, RunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(settings);
        return new RandomSearchRun(spec, Options, settings.Seed);
    }
}

using Metaheuristics.Problems;
using Metaheuristics.Running;

namespace Metaheuristics.Solvers.Differential;

/// <summary>
/// Differential evolution (Storn and Price 1997) with jDE self-adaptation by default, over real, integer and mixed
/// (real-coded) spaces: each generation every individual breeds one trial, the whole generation is scored as one
/// batch, and a trial replaces its parent when the constraint handler ranks it no worse.
/// </summary>
public sealed class DifferentialEvolution : ISolver
{
    /// <summary>Creates the solver with <paramref name="options"/> (validated here).</summary>
    public DifferentialEvolution(DifferentialEvolutionOptions? options = null)
    {
        Options = options ?? new DifferentialEvolutionOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public DifferentialEvolutionOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "de";

    /// <inheritdoc/>
    public ISolverRun Start(ProblemSpec spec, RunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(settings);
        SolverRequirements.RequireSingleObjective(spec, "Differential evolution");
        SolverRequirements.RequireRealOrIntegerGenes(spec, "Differential evolution", "works on");
        return new DifferentialEvolutionRun(spec, Options, settings.Seed);
    }
}

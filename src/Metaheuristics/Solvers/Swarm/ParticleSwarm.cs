using Metaheuristics.Problems;
using Metaheuristics.Running;

namespace Metaheuristics.Solvers.Swarm;

/// <summary>
/// Particle swarm optimization over real, integer and mixed (real-coded) spaces: SPSO 2011 by default, with the
/// inertia-weight and constriction variants and four topologies. Integer genes fly as reals and are rounded.
/// </summary>
public sealed class ParticleSwarm : ISolver
{
    /// <summary>Creates the solver with <paramref name="options"/> (validated here).</summary>
    public ParticleSwarm(ParticleSwarmOptions? options = null)
    {
        Options = options ?? new ParticleSwarmOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public ParticleSwarmOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "pso";

    /// <inheritdoc/>
    public ISolverRun Start(ProblemSpec spec, RunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(settings);
        SolverRequirements.RequireSingleObjective(spec, "The particle swarm");
        SolverRequirements.RequireRealOrIntegerGenes(spec, "The particle swarm", "flies over");
        return new ParticleSwarmRun(spec, Options, settings.Seed, settings.Termination.EvaluationBudget);
    }
}

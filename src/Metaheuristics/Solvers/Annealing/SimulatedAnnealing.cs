using Metaheuristics.Problems;
using Metaheuristics.Running;

namespace Metaheuristics.Solvers.Annealing;

/// <summary>
/// Simulated annealing (Kirkpatrick, Gelatt &amp; Vecchi 1983) with parallel chains: K independent chains advance in
/// lockstep and each step's K proposals are scored as one batch through the shared evaluator. Moves per encoding:
/// a Gaussian step with adaptive size for real and integer genes, a bit flip for bits, 2-opt/swap/insertion for permutations.
/// </summary>
/// <remarks>Constraints are handled by feasibility first: a move that lowers the violation is accepted, one that raises it is refused, and between equal violations the Metropolis rule decides on the objective.</remarks>
public sealed class SimulatedAnnealing : ISolver
{
    /// <summary>Creates the solver with <paramref name="options"/> (validated here).</summary>
    public SimulatedAnnealing(SimulatedAnnealingOptions? options = null)
    {
        Options = options ?? new SimulatedAnnealingOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public SimulatedAnnealingOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "sa";

    /// <inheritdoc/>
    public ISolverRun Start(ProblemSpec spec, RunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(settings);
        SolverRequirements.RequireSingleObjective(spec, "Simulated annealing");
        return new SimulatedAnnealingRun(spec, Options, settings.Seed, settings.Termination.EvaluationBudget);
    }
}

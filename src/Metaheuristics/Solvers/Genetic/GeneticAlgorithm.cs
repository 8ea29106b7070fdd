using Metaheuristics.Problems;
using Metaheuristics.Running;

namespace Metaheuristics.Solvers.Genetic;

/// <summary>
/// A single-objective genetic algorithm over any search space: real, integer, binary, permutation and mixed (each lane
/// gets its own operators), with pluggable selection, crossover, mutation and replacement.
/// </summary>
public sealed class GeneticAlgorithm : ISolver
{
    /// <summary>Creates the solver with <paramref name="options"/> (validated here).</summary>
    public GeneticAlgorithm(GeneticAlgorithmOptions? options = null)
    {
        Options = options ?? new GeneticAlgorithmOptions();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public GeneticAlgorithmOptions Options { get; }

    /// <inheritdoc/>
    public string Name => "ga";

    /// <inheritdoc/>
    public ISolverRun Start(ProblemSpec spec, RunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(settings);
        SolverRequirements.RequireSingleObjective(spec, "The genetic algorithm");
        return new GeneticAlgorithmRun(spec, Options, settings.Seed, settings.Termination.EvaluationBudget);
    }
}

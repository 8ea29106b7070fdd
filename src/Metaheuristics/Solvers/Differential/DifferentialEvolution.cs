using Metaheuristics.Problems;
using Metaheuristics.Running;
using Metaheuristics.Spaces;

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
        foreach (Segment segment in spec.Space.Segments)
        {
            if (segment.Kind is SegmentKind.Binary or SegmentKind.Permutation)
            {
                throw new ArgumentException(
                    $"Differential evolution works on real and integer genes; segment '{segment.Name}' is {segment.Kind}. Use ga or sa for it.", nameof(spec));
            }
        }
        return new DifferentialEvolutionRun(spec, Options, settings.Seed);
    }
}

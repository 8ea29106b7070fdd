using Metaheuristics.Problems;
using Metaheuristics.Running;

namespace Metaheuristics.Solvers.Nsga2;

/// <summary>
/// NSGA-II (Deb, Pratap, Agarwal &amp; Meyarivan 2002): non-dominated sorting with Deb's constrained domination,
/// crowding distance, binary tournament on (rank, crowding) and elitist (μ+λ) survival, over any encoding through the
/// GA's operators. Also runs single-objective problems, where it reduces to an elitist GA.
/// </summary>
public sealed class Nsga2Solver : ISolver
{
    /// <summary>Creates the solver with <paramref name="options"/> (validated here).</summary>
    public Nsga2Solver(Nsga2Options? options = null)
    {
        Options = options ?? new Nsga2Options();
        Options.Validate();
    }

    /// <summary>The options.</summary>
    public Nsga2Options Options { get; }

    /// <inheritdoc/>
    public string Name => "nsga2";

    /// <inheritdoc/>
    public ISolverRun Start(ProblemSpec spec, RunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(settings);
        return new Nsga2Run(spec, Options, settings.Seed);
    }
}

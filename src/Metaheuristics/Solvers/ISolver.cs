using Metaheuristics.Problems;
using Metaheuristics.Running;

namespace Metaheuristics.Solvers;

/// <summary>
/// A solver definition: immutable and shareable, holding only its options. <see cref="Start"/> creates the mutable run.
/// </summary>
public interface ISolver
{
    /// <summary>The solver's id, as the command line knows it (<c>random</c>, <c>ga</c>, …).</summary>
    string Name { get; }

    /// <summary>Creates a run of this solver on <paramref name="spec"/>; it allocates its population and workspaces once, here.</summary>
    /// <exception cref="ArgumentException">The solver cannot handle the problem (for example its encoding).</exception>
    ISolverRun Start(ProblemSpec spec, RunSettings settings);
}

using Metaheuristics.Problems;

namespace Metaheuristics.Constraints;

/// <summary>
/// A constraint handler definition: immutable and shareable, holding only its options. Any solver takes any handler:
/// <see cref="Start"/> creates the per-run state, which ranks every scored population once per generation by writing
/// each row's <see cref="Populations.Population.Level"/> and <see cref="Populations.Population.Penalty"/>; solvers
/// compare rows by level, then by penalized objective, and never look at raw violations themselves.
/// </summary>
public interface IConstraintHandler
{
    /// <summary>The handler's id, as the command line knows it (<c>lagrangian</c>, <c>feasibility</c>, …).</summary>
    string Name { get; }

    /// <summary>
    /// True when level 0 means feasible and no penalty is ever added (feasibility rules), so a multi-objective solver's
    /// own first front is the non-dominated feasible set; otherwise the driver keeps that set in an archive by raw
    /// constrained domination.
    /// </summary>
    bool RanksFeasibleFirst { get; }

    /// <summary>Creates the handler's state for one run on <paramref name="spec"/>.</summary>
    /// <exception cref="ArgumentException">The handler cannot serve the problem (for example a single-objective rule on several objectives).</exception>
    ConstraintHandlerRun Start(ProblemSpec spec, ConstraintRunContext context);
}

using Metaheuristics.Solvers;

namespace Metaheuristics.Cli.Catalog;

/// <summary>One solver the command line knows: its id, what it is, its keys, and how to build it.</summary>
/// <param name="Id">The id given to --solver.</param>
/// <param name="Description">One line.</param>
/// <param name="Options">The --set keys.</param>
/// <param name="Create">Builds the solver from the population size (--pop, null when not given) and the --set values.</param>
internal sealed record SolverEntry(string Id, string Description, IReadOnlyList<SettingKey> Options, Func<int?, SolverSettings, ISolver> Create);

using Metaheuristics.Constraints;

namespace Metaheuristics.Cli.Catalog;

/// <summary>One constraint handler the command line knows: its id, what it is, its <c>--set</c> keys, and how to build it.</summary>
/// <param name="Id">The id given to --constraints.</param>
/// <param name="Description">One line.</param>
/// <param name="Options">The --set keys.</param>
/// <param name="Create">Builds the handler from the --set values.</param>
internal sealed record ConstraintHandlerEntry(string Id, string Description, IReadOnlyList<SettingKey> Options, Func<SolverSettings, IConstraintHandler> Create);

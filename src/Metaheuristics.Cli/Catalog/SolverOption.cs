namespace Metaheuristics.Cli.Catalog;

/// <summary>One <c>--set</c> key of a solver, as <c>mh list solvers</c> documents it.</summary>
internal sealed record SolverOption(string Key, string Description, string Default);

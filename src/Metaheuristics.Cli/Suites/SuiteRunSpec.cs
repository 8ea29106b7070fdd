namespace Metaheuristics.Cli.Suites;

/// <summary>One run of a suite: which problem, solver and seed, the <c>mh solve</c> arguments that define it, and where its files go.</summary>
internal sealed record SuiteRunSpec(string Problem, string Solver, ulong Seed, IReadOnlyList<string> Arguments, string Directory);

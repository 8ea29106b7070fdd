namespace Metaheuristics.Cli.Specs;

/// <summary>What scores a spec file's candidates: a built-in problem, a TSPLIB file or an external command.</summary>
internal abstract record SpecEvaluator;

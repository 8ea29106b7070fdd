namespace Metaheuristics.Cli.Specs;

/// <summary>A TSPLIB instance, its path already resolved against the spec file's folder.</summary>
internal sealed record TsplibSpecEvaluator(string FullPath) : SpecEvaluator;

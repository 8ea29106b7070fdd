namespace Metaheuristics.Cli.Specs;

/// <summary>A problem of the built-in catalog (<c>mh list problems</c>) with its size parameters.</summary>
internal sealed record BuiltInSpecEvaluator(string Id, int? Dimension, int? Objectives) : SpecEvaluator;

using Metaheuristics.External;

namespace Metaheuristics.Cli.Specs;

/// <summary>External worker processes speaking JSON lines, with paths resolved against the spec file's folder.</summary>
internal sealed record CommandSpecEvaluator(ExternalEvaluatorOptions Options) : SpecEvaluator;

using Metaheuristics.Problems;

namespace Metaheuristics.External;

/// <summary>One answer line read: its id when it had one, and the result or the reason the line is unusable.</summary>
internal readonly record struct ParsedAnswer(long? Id, EvaluationResult? Result, string? Problem)
{
    public static ParsedAnswer Malformed(long? id, string problem) => new(id, null, problem);
}

namespace Metaheuristics.Evaluation;

/// <summary>Which evaluator to use.</summary>
public enum EvaluatorKind
{
    /// <summary>Chosen from the problem: asynchronous problems use channels, thread-safe synchronous ones run in parallel, others serially.</summary>
    Automatic,
    /// <summary>One row after another on the calling thread.</summary>
    Serial,
    /// <summary>Chunks of rows across cores (synchronous, thread-safe problems).</summary>
    Parallel,
}

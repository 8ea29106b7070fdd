namespace Metaheuristics.Evaluation;

/// <summary>Thrown by an evaluator under <see cref="FailurePolicy.Stop"/> when an evaluation fails.</summary>
public sealed class EvaluationFailedException : Exception
{
    /// <summary>Creates the exception for the failed candidate.</summary>
    public EvaluationFailedException(long candidateId, string reason)
        : base($"Evaluation of candidate {candidateId} failed: {reason}")
    {
        CandidateId = candidateId;
        Reason = reason;
    }

    /// <summary>The id of the candidate whose evaluation failed.</summary>
    public long CandidateId { get; }

    /// <summary>Why it failed.</summary>
    public string Reason { get; }
}

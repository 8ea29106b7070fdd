using Metaheuristics.Problems;
using Metaheuristics.Spaces;

namespace Metaheuristics.External;

/// <summary>One outstanding evaluation on a worker: its candidate (kept to send again after a restart) and its outcome.</summary>
internal sealed class ExternalRequest(Candidate candidate)
{
    private readonly TaskCompletionSource<EvaluationResult> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Id => Candidate.Id;

    public Candidate Candidate { get; } = candidate;

    /// <summary>When this request became the oldest of its worker: the start of its timeout clock.</summary>
    public long HeadSince { get; set; }

    public CancellationTokenRegistration Cancellation { get; set; }

    public Task<EvaluationResult> Outcome => _outcome.Task;

    public void Complete(EvaluationResult result)
    {
        // Unregister, not Dispose: Dispose waits for a running cancellation callback, which needs the worker's lock
        // that the caller holds.
        Cancellation.Unregister();
        _outcome.TrySetResult(result);
    }

    public void Cancel(CancellationToken cancellationToken)
    {
        _outcome.TrySetCanceled(cancellationToken);
    }
}

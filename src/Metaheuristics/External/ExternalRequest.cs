using Metaheuristics.Problems;

namespace Metaheuristics.External;

/// <summary>One outstanding evaluation on a worker: its id, its encoded line (kept to send again after a restart) and its outcome.</summary>
internal sealed class ExternalRequest(long id, byte[] line)
{
    private readonly TaskCompletionSource<EvaluationResult> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public long Id { get; } = id;

    public byte[] Line { get; } = line;

    /// <summary>When this request became the oldest of its worker: the start of its timeout clock.</summary>
    public long HeadSince { get; set; }

    public CancellationTokenRegistration Cancellation { get; set; }

    public Task<EvaluationResult> Outcome => _outcome.Task;

    public void Complete(EvaluationResult result)
    {
        Cancellation.Dispose();
        _outcome.TrySetResult(result);
    }

    public void Cancel(CancellationToken cancellationToken)
    {
        _outcome.TrySetCanceled(cancellationToken);
    }
}

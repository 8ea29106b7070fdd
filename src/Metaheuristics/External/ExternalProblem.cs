using Metaheuristics.Problems;
using Metaheuristics.Spaces;

namespace Metaheuristics.External;

/// <summary>
/// A problem scored by long-lived external processes (a simulator, a training script, any language) that speak JSON
/// lines over stdin/stdout: the engine writes <c>{"id": 17, "x": [..]}</c>, the evaluator answers
/// <c>{"id": 17, "f": [..], "g": [..], "h": [..]}</c> or <c>{"id": 17, "error": "message"}</c>, in any order.
/// </summary>
/// <remarks>
/// Spaces of named parameters (several segments, log-scaled, integer-valued or categorical parameters) also get
/// <c>"params": {"name": value}</c> with categorical choices by name. A crashed worker is restarted and the evaluation
/// it was on fails with the tail of its stderr; a hung one is killed after <see cref="ExternalEvaluatorOptions.Timeout"/>;
/// a line that is not a valid answer fails the evaluation it answers with the reason. Every answer already received is
/// kept. The shared <see cref="Evaluation.ChannelEvaluator"/> runs <see cref="PreferredConcurrency"/> evaluations at once.
/// </remarks>
public sealed class ExternalProblem : IAsyncProblem, IAsyncDisposable
{
    private readonly ExternalWorker[] _workers;

    private ExternalProblem(ProblemSpec spec, ExternalEvaluatorOptions options, ExternalWorker[] workers)
    {
        Spec = spec;
        Options = options;
        _workers = workers;
    }

    /// <inheritdoc/>
    public ProblemSpec Spec { get; }

    /// <summary>The options the workers were started with.</summary>
    public ExternalEvaluatorOptions Options { get; }

    /// <summary>Workers × pipeline depth: enough requests in flight to keep every worker busy.</summary>
    public int? PreferredConcurrency => Options.Workers * Options.PipelineDepth;

    /// <summary>How many worker processes were started in all, restarts included (a health figure for reports).</summary>
    public int ProcessStarts
    {
        get
        {
            int starts = 0;
            foreach (ExternalWorker worker in _workers)
            {
                starts += worker.Starts;
            }
            return starts;
        }
    }

    /// <summary>Starts the worker processes.</summary>
    /// <exception cref="InvalidOperationException">A worker process could not be started; the message names the command.</exception>
    public static ExternalProblem Start(ProblemSpec spec, ExternalEvaluatorOptions options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(options);
        spec.Validate();
        options.Validate();
        var workers = new ExternalWorker[options.Workers];
        try
        {
            for (int i = 0; i < workers.Length; i++)
            {
                workers[i] = new ExternalWorker(spec, options, timeProvider ?? TimeProvider.System);
                workers[i].Start();
            }
        }
        catch (InvalidOperationException)
        {
            foreach (ExternalWorker? started in workers)
            {
                started?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            throw;
        }
        return new ExternalProblem(spec, options, workers);
    }

    /// <inheritdoc/>
    public ValueTask<EvaluationResult> EvaluateAsync(Candidate candidate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return new ValueTask<EvaluationResult>(LeastLoaded().SubmitAsync(candidate, cancellationToken));
    }

    /// <summary>Closes the workers' stdin, gives them a moment to end, and kills what is left.</summary>
    public async ValueTask DisposeAsync()
    {
        var stopping = new Task[_workers.Length];
        for (int i = 0; i < _workers.Length; i++)
        {
            stopping[i] = _workers[i].DisposeAsync().AsTask();
        }
        await Task.WhenAll(stopping).ConfigureAwait(false);
    }

    private ExternalWorker LeastLoaded()
    {
        ExternalWorker best = _workers[0];
        int load = best.Outstanding;
        for (int i = 1; i < _workers.Length && load > 0; i++)
        {
            int candidateLoad = _workers[i].Outstanding;
            if (candidateLoad < load)
            {
                best = _workers[i];
                load = candidateLoad;
            }
        }
        return best;
    }
}

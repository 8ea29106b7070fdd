using System.Globalization;
using Metaheuristics.Problems;
using Metaheuristics.Spaces;

namespace Metaheuristics.External;

/// <summary>
/// One worker slot of an <see cref="ExternalProblem"/>: a child process that is restarted when it dies or hangs, the
/// requests it has outstanding in send order, and the rules that charge a crash, a timeout or an unreadable line to
/// the oldest of them while the others are sent again.
/// </summary>
internal sealed class ExternalWorker : IAsyncDisposable
{
    private static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(1);

    private readonly ProblemSpec _spec;
    private readonly ExternalEvaluatorOptions _options;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly LinkedList<ExternalRequest> _outstanding = new();
    private readonly Dictionary<long, LinkedListNode<ExternalRequest>> _byId = [];
    private readonly ITimer? _deadline;
    private readonly List<Task> _readers = [];
    private WorkerProcess? _process;
    private int _starts;
    private int _consecutiveCrashes;
    private string? _givenUp;
    private bool _disposed;

    public ExternalWorker(ProblemSpec spec, ExternalEvaluatorOptions options, TimeProvider time)
    {
        _spec = spec;
        _options = options;
        _time = time;
        if (options.Timeout is not null)
        {
            _deadline = time.CreateTimer(static state => ((ExternalWorker)state!).OnDeadline(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>How many requests wait for an answer: the dispatcher sends new work to the least loaded worker.</summary>
    public int Outstanding
    {
        get
        {
            lock (_gate)
            {
                return _outstanding.Count;
            }
        }
    }

    /// <summary>How many times this worker's process was started (restarts + 1).</summary>
    public int Starts => Volatile.Read(ref _starts);

    /// <summary>Starts the first process; throws with the command in the message when it cannot be started.</summary>
    public void Start()
    {
        lock (_gate)
        {
            _process = Launch();
        }
    }

    public Task<EvaluationResult> SubmitAsync(Candidate candidate, CancellationToken cancellationToken)
    {
        var request = new ExternalRequest(candidate);
        long id = candidate.Id;
        lock (_gate)
        {
            if (_givenUp is not null || _disposed)
            {
                return Task.FromResult(EvaluationResult.Failure(_givenUp ?? "the external evaluator was stopped"));
            }
            if (_byId.ContainsKey(id))
            {
                throw new InvalidOperationException($"Request id {id} is already outstanding.");
            }
            LinkedListNode<ExternalRequest> node = _outstanding.AddLast(request);
            _byId.Add(id, node);
            if (_outstanding.Count == 1)
            {
                RestartHeadClock();
            }
            _process!.Send(candidate);
        }
        if (cancellationToken.CanBeCanceled)
        {
            request.Cancellation = cancellationToken.UnsafeRegister(static (state, token) =>
            {
                var (worker, cancelled) = ((ExternalWorker, ExternalRequest))state!;
                worker.Forget(cancelled, token);
            }, (this, request));
        }
        return request.Outcome;
    }

    public async ValueTask DisposeAsync()
    {
        WorkerProcess? process;
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            process = _process;
            _process = null;
            FailAll("the external evaluator was stopped");
        }
        _deadline?.Dispose();
        if (process is not null)
        {
            await process.StopAsync(StopGrace).ConfigureAwait(false);
        }
        Task[] readers;
        lock (_gate)
        {
            readers = [.. _readers];
        }
        await Task.WhenAll(readers).ConfigureAwait(false);
    }

    // Called with _gate held.
    private WorkerProcess Launch()
    {
        WorkerProcess process = WorkerProcess.Start(_options);
        Interlocked.Increment(ref _starts);
        _readers.RemoveAll(static task => task.IsCompleted);
        _readers.Add(Task.Run(() => ReadLoopAsync(process)));
        return process;
    }

    private async Task ReadLoopAsync(WorkerProcess process)
    {
        byte[] buffer = new byte[16 * 1024];
        int filled = 0;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    // One answer longer than the buffer: make room rather than cut it.
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
                int read = await process.Output.ReadAsync(buffer.AsMemory(filled)).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }
                filled += read;
                int consumed = OnLines(process, buffer.AsSpan(0, filled));
                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The pipe broke with the process: handled as its exit below.
        }
        int? exitCode = null;
        try
        {
            await process.Process.WaitForExitAsync().ConfigureAwait(false);
            exitCode = process.Process.ExitCode;
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // Disposed during shutdown: nothing to report.
        }
        OnExit(process, exitCode);
        process.Process.Dispose();
    }

    // Handles every complete line in the bytes read so far; returns how many bytes that used.
    private int OnLines(WorkerProcess process, ReadOnlySpan<byte> bytes)
    {
        int consumed = 0;
        int newline;
        while ((newline = bytes[consumed..].IndexOf((byte)'\n')) >= 0)
        {
            ReadOnlySpan<byte> line = bytes.Slice(consumed, newline).TrimEnd((byte)'\r');
            consumed += newline + 1;
            if (!line.Trim((byte)' ').IsEmpty)
            {
                OnLine(process, line);
            }
        }
        return consumed;
    }

    private void OnLine(WorkerProcess process, ReadOnlySpan<byte> line)
    {
        ParsedAnswer answer = JsonLinesCodec.ParseAnswer(line, _spec);
        lock (_gate)
        {
            if (!ReferenceEquals(process, _process))
            {
                return;
            }
            if (!process.HasAnswered)
            {
                // The first answer ends the start-up allowance: the head's clock starts afresh on the plain timeout.
                process.HasAnswered = true;
                RestartHeadClock();
            }
            LinkedListNode<ExternalRequest>? node = null;
            if (answer.Id is { } id)
            {
                // An id nobody waits for answers a request that already timed out or was cancelled: dropped.
                _byId.TryGetValue(id, out node);
            }
            else
            {
                // No readable id: charge the request the worker is working on.
                node = _outstanding.First;
            }
            if (node is null)
            {
                return;
            }
            _consecutiveCrashes = 0;
            Finish(node, answer.Result ?? EvaluationResult.Failure("malformed answer: " + answer.Problem));
        }
    }

    private void OnExit(WorkerProcess process, int? exitCode)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(process, _process))
            {
                return;
            }
            string reason = string.Create(CultureInfo.InvariantCulture,
                $"the evaluator process exited{(exitCode is { } code ? $" with code {code}" : "")} while evaluating this candidate{process.Stderr.Describe()}");
            _consecutiveCrashes++;
            // The failed request leaves the queue first (the restarted process must not get it again) and is completed
            // last: its caller, woken on another thread, then sees the worker already restarted (or given up).
            LinkedListNode<ExternalRequest>? head = _outstanding.First;
            if (head is not null)
            {
                Remove(head);
            }
            if (_consecutiveCrashes >= _options.MaxConsecutiveCrashes)
            {
                _givenUp = string.Create(CultureInfo.InvariantCulture,
                    $"the evaluator process died {_consecutiveCrashes} times in a row without answering; last time: {reason}");
                _process = null;
                FailAll(_givenUp);
            }
            else
            {
                Restart(reason);
            }
            head?.Value.Complete(EvaluationResult.Failure(reason));
        }
    }

    private void OnDeadline()
    {
        lock (_gate)
        {
            if (_disposed || _process is null || _outstanding.First is not { } head)
            {
                return;
            }
            TimeSpan waited = _time.GetElapsedTime(head.Value.HeadSince);
            TimeSpan limit = CurrentLimit();
            if (waited < limit)
            {
                _deadline!.Change(limit - waited, Timeout.InfiniteTimeSpan);
                return;
            }
            WorkerProcess hung = _process;
            string reason = hung.HasAnswered
                ? string.Create(CultureInfo.InvariantCulture,
                    $"timed out after {_options.Timeout!.Value.TotalSeconds:0.###} s; the evaluator process was killed and restarted{hung.Stderr.Describe()}")
                : string.Create(CultureInfo.InvariantCulture,
                    $"timed out after {limit.TotalSeconds:0.###} s (start-up allowance + timeout) before the evaluator process answered anything; it was killed and restarted{hung.Stderr.Describe()}");
            _process = null;
            hung.Kill();
            // As on a crash: out of the queue, then the restart, then the caller is told.
            Remove(head);
            Restart(reason);
            head.Value.Complete(EvaluationResult.Failure(reason));
        }
    }

    // Called with _gate held: a fresh process gets every request still outstanding, in the original order.
    private void Restart(string reason)
    {
        if (_disposed)
        {
            return;
        }
        try
        {
            _process = Launch();
        }
        catch (InvalidOperationException exception)
        {
            _process = null;
            _givenUp = $"{reason}; then {exception.Message}";
            FailAll(_givenUp);
            return;
        }
        for (LinkedListNode<ExternalRequest>? node = _outstanding.First; node is not null; node = node.Next)
        {
            _process.Send(node.Value.Candidate);
        }
        RestartHeadClock();
    }

    private void Forget(ExternalRequest request, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_byId.TryGetValue(request.Id, out LinkedListNode<ExternalRequest>? node) && ReferenceEquals(node.Value, request))
            {
                Remove(node);
            }
        }
        request.Cancel(cancellationToken);
    }

    // Called with _gate held.
    private void Finish(LinkedListNode<ExternalRequest> node, EvaluationResult result)
    {
        Remove(node);
        node.Value.Complete(result);
    }

    // Called with _gate held.
    private void Remove(LinkedListNode<ExternalRequest> node)
    {
        bool wasHead = ReferenceEquals(node, _outstanding.First);
        _outstanding.Remove(node);
        _byId.Remove(node.Value.Id);
        if (wasHead)
        {
            RestartHeadClock();
        }
    }

    // Called with _gate held: the oldest request's timeout clock starts now (it became the oldest, or the worker is new).
    private void RestartHeadClock()
    {
        if (_outstanding.First is { } head)
        {
            head.Value.HeadSince = _time.GetTimestamp();
            _deadline?.Change(CurrentLimit(), Timeout.InfiniteTimeSpan);
        }
    }

    // Called with _gate held.
    private TimeSpan CurrentLimit() =>
        _options.Timeout is not { } timeout ? Timeout.InfiniteTimeSpan
        : _process is { HasAnswered: true } ? timeout
        : timeout + _options.StartupTimeout;

    // Called with _gate held.
    private void FailAll(string reason)
    {
        while (_outstanding.First is { } node)
        {
            Finish(node, EvaluationResult.Failure(reason));
        }
    }
}

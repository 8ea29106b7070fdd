using System.Buffers;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Metaheuristics.Spaces;

namespace Metaheuristics.External;

/// <summary>
/// One incarnation of a worker: the child process, a writer loop that sends queued request lines to its stdin
/// (flushing when the queue runs dry, so bursts cost one flush), and the tail of its stderr.
/// </summary>
internal sealed class WorkerProcess
{
    private readonly Channel<Candidate> _outgoing = Channel.CreateUnbounded<Candidate>(new UnboundedChannelOptions { SingleReader = true });

    private WorkerProcess(Process process, int stderrLines)
    {
        Process = process;
        Stderr = new StderrTail(stderrLines);
    }

    public Process Process { get; }

    public StderrTail Stderr { get; }

    /// <summary>Whether the process has written any answer yet: until then it may still be starting up.</summary>
    public bool HasAnswered { get; set; }

    /// <summary>The child's stdout as bytes: answers are parsed straight from them, never decoded to strings.</summary>
    public Stream Output => Process.StandardOutput.BaseStream;

    /// <summary>Starts the child process; throws <see cref="InvalidOperationException"/> naming the command when it cannot.</summary>
    public static WorkerProcess Start(ExternalEvaluatorOptions options)
    {
        var start = new ProcessStartInfo(options.Command[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        for (int i = 1; i < options.Command.Count; i++)
        {
            start.ArgumentList.Add(options.Command[i]);
        }
        if (options.WorkingDirectory is { } folder)
        {
            start.WorkingDirectory = folder;
        }
        // A Python evaluator writing to a pipe would otherwise hold its answers in a block buffer.
        start.Environment["PYTHONUNBUFFERED"] = "1";
        if (options.Environment is { } variables)
        {
            foreach ((string name, string value) in variables)
            {
                start.Environment[name] = value;
            }
        }
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("no process was started");
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            throw new InvalidOperationException(
                $"could not start the evaluator '{string.Join(' ', options.Command)}'" +
                (options.WorkingDirectory is null ? "" : $" in '{options.WorkingDirectory}'") + $": {exception.Message}", exception);
        }
        var worker = new WorkerProcess(process, options.StderrTailLines);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                worker.Stderr.Add(line);
            }
        };
        process.BeginErrorReadLine();
        _ = worker.WriteLoopAsync();
        return worker;
    }

    /// <summary>Queues one request for the child's stdin.</summary>
    public void Send(Candidate candidate) => _outgoing.Writer.TryWrite(candidate);

    /// <summary>Kills the child and its descendants; never throws.</summary>
    public void Kill()
    {
        _outgoing.Writer.TryComplete();
        try
        {
            Process.Kill(entireProcessTree: true);
        }
        catch (Exception exception) when (exception is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    /// <summary>Closes stdin so a well-behaved evaluator ends by itself, waits up to <paramref name="grace"/>, then kills.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        _outgoing.Writer.TryComplete();
        using var wait = new CancellationTokenSource(grace);
        try
        {
            await Process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill();
        }
        catch (InvalidOperationException)
        {
            // Its reader loop already saw it exit and released it.
        }
    }

    private async Task WriteLoopAsync()
    {
        Stream stdin = Process.StandardInput.BaseStream;
        ChannelReader<Candidate> reader = _outgoing.Reader;
        // One buffer and one JSON writer for the life of the process: a burst of requests is encoded into the buffer
        // and goes out in one write.
        var buffer = new ArrayBufferWriter<byte>(4096);
        var json = new Utf8JsonWriter(buffer);
        try
        {
            while (await reader.WaitToReadAsync().ConfigureAwait(false))
            {
                buffer.ResetWrittenCount();
                while (reader.TryRead(out Candidate? candidate))
                {
                    JsonLinesCodec.WriteRequest(json, buffer, candidate);
                }
                await stdin.WriteAsync(buffer.WrittenMemory).ConfigureAwait(false);
                await stdin.FlushAsync().ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The child is gone (broken pipe); its reader loop sees the end of its stdout and reports the exit.
        }
        finally
        {
            await json.DisposeAsync().ConfigureAwait(false);
            try
            {
                Process.StandardInput.Close();
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException or InvalidOperationException)
            {
                // Same: nothing left to close.
            }
        }
    }
}

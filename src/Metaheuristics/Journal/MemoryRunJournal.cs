using Metaheuristics.Running;

namespace Metaheuristics.Journal;

/// <summary>
/// A journal kept in memory: what a run checkpointed can be handed to a new run to resume it in the same process (after
/// a cancellation, say), and tests use it to check that resume is exact. A durable store implements
/// <see cref="IRunJournal"/> the same way over a database.
/// </summary>
public sealed class MemoryRunJournal : IRunJournal
{
    private readonly List<JournaledBatch> _checkpointed;
    private readonly List<JournaledBatch> _pendingBatches = [];
    private readonly List<GenerationReport> _checkpointedGenerations = [];
    private readonly List<GenerationReport> _pendingGenerations = [];
    private readonly JournaledBatch[] _recorded;
    private readonly List<RunCheckpoint> _checkpoints = [];

    /// <summary>A journal for a new run, or for resuming one from the batches another journal checkpointed.</summary>
    /// <param name="resumeFrom">The checkpointed batches of the interrupted run (its <see cref="Checkpointed"/>), or null for a new run.</param>
    /// <param name="recordGenomes">True to keep each batch's genomes too.</param>
    public MemoryRunJournal(IEnumerable<JournaledBatch>? resumeFrom = null, bool recordGenomes = false)
    {
        _recorded = resumeFrom?.ToArray() ?? [];
        _checkpointed = [.. _recorded];
        RecordsGenomes = recordGenomes;
    }

    /// <inheritdoc />
    public IReadOnlyList<JournaledBatch> Recorded => _recorded;

    /// <inheritdoc />
    public bool RecordsGenomes { get; }

    /// <summary>Every batch made durable so far, the resumed ones included: what a resume replays.</summary>
    public IReadOnlyList<JournaledBatch> Checkpointed => _checkpointed;

    /// <summary>Reports of the evaluated generations made durable so far (replayed generations are not reported again).</summary>
    public IReadOnlyList<GenerationReport> Generations => _checkpointedGenerations;

    /// <summary>Every checkpoint taken, in order.</summary>
    public IReadOnlyList<RunCheckpoint> Checkpoints => _checkpoints;

    /// <summary>The result, once the run has completed.</summary>
    public RunResult? Result { get; private set; }

    /// <inheritdoc />
    public void Append(JournaledBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        _pendingBatches.Add(batch);
    }

    /// <inheritdoc />
    public void AppendGeneration(in GenerationReport report) => _pendingGenerations.Add(report);

    /// <inheritdoc />
    public ValueTask CheckpointAsync(RunCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        _checkpointed.AddRange(_pendingBatches);
        _pendingBatches.Clear();
        _checkpointedGenerations.AddRange(_pendingGenerations);
        _pendingGenerations.Clear();
        _checkpoints.Add(checkpoint);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public async ValueTask CompleteAsync(RunResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (_pendingBatches.Count > 0 || _pendingGenerations.Count > 0)
        {
            await CheckpointAsync(new RunCheckpoint(_checkpointed.Count + _pendingBatches.Count, result.Generations, result.Evaluations, result.Elapsed),
                cancellationToken).ConfigureAwait(false);
        }
        Result = result;
    }
}

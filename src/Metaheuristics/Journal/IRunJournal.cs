using Metaheuristics.Running;

namespace Metaheuristics.Journal;

/// <summary>
/// Where a run records what it paid for, so that it can be resumed after a crash: the scores of every evaluated batch,
/// each generation's report, periodic checkpoints and the final result. A run store hands one out per run.
/// </summary>
/// <remarks>
/// <para>
/// Resume is by replay. A run is a pure function of its seed and of the scores its batches received, so the driver of a
/// resumed run starts the same solver with the same settings and, for every batch in <see cref="Recorded"/>, copies the
/// recorded scores into the rows instead of evaluating them. Solver, constraint-handler and budget state are rebuilt
/// exactly, with no solver having to serialize anything, and nothing already paid for is evaluated again. Each recorded
/// batch carries a fingerprint of the genomes it scored, so a journal replayed against different settings or a
/// different build fails loudly (<see cref="JournalReplayException"/>) instead of diverging silently.
/// </para>
/// <para>
/// The driver calls the members from one logical thread, in order: <see cref="Append"/> and
/// <see cref="AppendGeneration"/> keep data in memory; <see cref="CheckpointAsync"/> makes everything appended so far
/// durable; <see cref="CompleteAsync"/> records the end. An exception from any member is a store failure, handled as
/// <see cref="RunSettings.StoreFailurePolicy"/> says.
/// </para>
/// </remarks>
public interface IRunJournal
{
    /// <summary>The batches this run already paid for, oldest first (empty for a new run).</summary>
    IReadOnlyList<JournaledBatch> Recorded { get; }

    /// <summary>True when appended batches must carry their genomes (to record every evaluation, not only scores).</summary>
    bool RecordsGenomes { get; }

    /// <summary>Takes a batch the evaluator has just scored in full. The journal owns <paramref name="batch"/> from here on.</summary>
    void Append(JournaledBatch batch);

    /// <summary>Takes the report of a generation that was evaluated (not replayed).</summary>
    void AppendGeneration(in GenerationReport report);

    /// <summary>Makes everything appended so far durable.</summary>
    ValueTask CheckpointAsync(RunCheckpoint checkpoint, CancellationToken cancellationToken);

    /// <summary>Records how the run ended, after making everything appended durable.</summary>
    ValueTask CompleteAsync(RunResult result, CancellationToken cancellationToken);
}

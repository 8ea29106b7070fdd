namespace Metaheuristics.Journal;

/// <summary>A recorded batch does not match what the resumed run asks for: the journal belongs to other settings or another build.</summary>
public sealed class JournalReplayException : Exception
{
    /// <summary>Creates the exception for recorded batch <paramref name="batchIndex"/> (0-based).</summary>
    public JournalReplayException(int batchIndex, string reason)
        : base($"Cannot resume: recorded batch {batchIndex + 1} {reason}. The run must be resumed with the settings and build it was started with.")
    {
        BatchIndex = batchIndex;
    }

    /// <summary>The 0-based index of the batch that differs.</summary>
    public int BatchIndex { get; }
}

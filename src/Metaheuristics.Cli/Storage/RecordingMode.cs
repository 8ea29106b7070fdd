namespace Metaheuristics.Cli.Storage;

/// <summary>What <c>mh solve</c> does with the run store.</summary>
internal enum RecordingMode
{
    /// <summary><c>--no-store</c>: nothing is recorded.</summary>
    None,

    /// <summary>The default: record a new run.</summary>
    New,

    /// <summary><c>mh runs resume</c>: replay a stored run's checkpointed batches, then go on recording.</summary>
    Resume,

    /// <summary><c>mh runs export</c>: replay a stored run's checkpointed batches, evaluate nothing, write nothing to the store.</summary>
    Replay,
}

using Metaheuristics.Running;

namespace Metaheuristics.Cli.Progress;

/// <summary>Shows a run's progress while it runs: live on a terminal, plain lines in a log, or nothing.</summary>
internal interface IProgressDisplay
{
    /// <summary>Runs <paramref name="run"/>, giving it the callback that receives each generation's report.</summary>
    Task<RunResult> ShowWhileAsync(Func<Action<GenerationReport>?, Task<RunResult>> run);
}

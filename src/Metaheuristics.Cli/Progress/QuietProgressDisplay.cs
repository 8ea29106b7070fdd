using Metaheuristics.Running;

namespace Metaheuristics.Cli.Progress;

/// <summary><c>--quiet</c>: no progress at all.</summary>
internal sealed class QuietProgressDisplay : IProgressDisplay
{
    public Task<RunResult> ShowWhileAsync(Func<Action<GenerationReport>?, Task<RunResult>> run) => run(null);
}

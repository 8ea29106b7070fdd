using Metaheuristics.Running;

namespace Metaheuristics.Cli.Output;

/// <summary>Passes each generation's report to the progress display; reports arrive on the run's thread, one at a time.</summary>
internal sealed class ReportForwarder(Action<GenerationReport>? forward) : IProgress<GenerationReport>
{
    public void Report(GenerationReport value) => forward?.Invoke(value);
}

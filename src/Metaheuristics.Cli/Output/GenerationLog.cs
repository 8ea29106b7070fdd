using Metaheuristics.Running;

namespace Metaheuristics.Cli.Output;

/// <summary>
/// Keeps every generation's report (for history.csv and the convergence plot) and passes each on to the progress
/// display. Reports arrive on the run's thread, one at a time.
/// </summary>
internal sealed class GenerationLog(Action<GenerationReport>? forward) : IProgress<GenerationReport>
{
    private readonly List<GenerationReport> _reports = [];

    public IReadOnlyList<GenerationReport> Reports => _reports;

    public void Report(GenerationReport value)
    {
        _reports.Add(value);
        forward?.Invoke(value);
    }
}

using Metaheuristics.Problems;
using Metaheuristics.Running;

namespace Metaheuristics.Cli.Progress;

/// <summary>
/// Progress for logs and pipes: one line each time the run passes another tenth of its evaluation budget, so a log
/// holds about ten lines whatever the run's length.
/// </summary>
internal sealed class PlainProgressDisplay(TextWriter writer, ProblemSpec spec, long budget) : IProgressDisplay
{
    private const int Steps = 10;

    public async Task<RunResult> ShowWhileAsync(Func<Action<GenerationReport>?, Task<RunResult>> run)
    {
        long step = Math.Max(1, budget / Steps);
        long nextAt = step;
        GenerationReport? last = null;
        RunResult result = await run(report =>
        {
            last = report;
            if (report.Evaluations >= nextAt)
            {
                writer.WriteLine(ProgressLine.From(report, spec, budget).ToString());
                nextAt = (report.Evaluations / step + 1) * step;
                last = null;
            }
        }).ConfigureAwait(false);
        if (last is { } unprinted)
        {
            // The run ended between steps (time limit, target, Ctrl-C): say where.
            writer.WriteLine(ProgressLine.From(unprinted, spec, budget).ToString());
        }
        return result;
    }
}

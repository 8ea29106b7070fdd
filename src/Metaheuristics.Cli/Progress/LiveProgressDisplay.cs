using System.Diagnostics;
using Metaheuristics.Problems;
using Metaheuristics.Running;
using Spectre.Console;

namespace Metaheuristics.Cli.Progress;

/// <summary>
/// Progress on a terminal (Spectre.Console, on stderr so stdout keeps only the summary): a panel redrawn at most ten
/// times a second with the budget used, the best objective or hypervolume, the feasible share, speed, elapsed and ETA.
/// </summary>
internal sealed class LiveProgressDisplay(IAnsiConsole console, ProblemSpec spec, string solver, long budget) : IProgressDisplay
{
    private static readonly long RedrawInterval = Stopwatch.Frequency / 10;

    public async Task<RunResult> ShowWhileAsync(Func<Action<GenerationReport>?, Task<RunResult>> run)
    {
        RunResult? result = null;
        await console.Live(Render(null)).AutoClear(false).StartAsync(async context =>
        {
            long nextRedraw = 0;
            GenerationReport? last = null;
            result = await run(report =>
            {
                last = report;
                long now = Stopwatch.GetTimestamp();
                if (now >= nextRedraw)
                {
                    nextRedraw = now + RedrawInterval;
                    context.UpdateTarget(Render(report));
                }
            }).ConfigureAwait(false);
            if (last is { } final)
            {
                context.UpdateTarget(Render(final));
            }
        }).ConfigureAwait(false);
        return result!;
    }

    private Panel Render(GenerationReport? report)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        if (report is { } value)
        {
            ProgressLine line = ProgressLine.From(value, spec, budget);
            double share = budget > 0 ? Math.Min(1, (double)value.Evaluations / budget) : 0;
            grid.AddRow(new Markup("[grey]budget[/]"), new Markup($"{Bar(share)} {Markup.Escape(line.Evaluations)}"));
            grid.AddRow(new Markup("[grey]quality[/]"), new Text(line.Quality));
            if (spec.ConstraintCount > 0)
            {
                grid.AddRow(new Markup("[grey]constraints[/]"), new Text(line.Feasible + " of the last generation"));
            }
            grid.AddRow(new Markup("[grey]speed[/]"), new Text(line.Rate));
            grid.AddRow(new Markup("[grey]time[/]"), new Text($"elapsed {line.Elapsed}, ETA {line.Eta}"));
        }
        else
        {
            grid.AddRow(new Markup("[grey]starting[/]"), new Text("…"));
        }
        return new Panel(grid).Header(Markup.Escape($" {solver} on {spec.Name} ")).Border(BoxBorder.Rounded);
    }

    private static string Bar(double share)
    {
        const int width = 30;
        int filled = (int)Math.Round(share * width);
        return $"[green]{new string('█', filled)}[/][grey]{new string('░', width - filled)}[/]";
    }
}

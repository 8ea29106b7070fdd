using Metaheuristics.Problems;
using Metaheuristics.Solvers;

namespace Metaheuristics.Running;

/// <summary>Entry points that run a solver on a problem through the shared evaluation pipeline.</summary>
/// <example>
/// <code>
/// var result = await Optimizer.SolveAsync(problem, new RandomSearch(), new RunSettings { Seed = 7 }, cancellationToken);
/// </code>
/// </example>
public static class Optimizer
{
    /// <summary>Prepares a run whose generation reports can be streamed with <see cref="OptimizationRun.RunAsync"/>.</summary>
    public static OptimizationRun Start(IOptimizationProblem problem, ISolver solver, RunSettings? settings = null) =>
        new(problem, solver, settings ?? new RunSettings());

    /// <summary>Runs to termination (or cancellation, which returns the best so far) and returns the result.</summary>
    public static async Task<RunResult> SolveAsync(IOptimizationProblem problem, ISolver solver, RunSettings? settings = null,
        CancellationToken cancellationToken = default) =>
        await Start(problem, solver, settings).RunToEndAsync(cancellationToken).ConfigureAwait(false);
}

using Metaheuristics.Evaluation;
using Metaheuristics.Problems;
using Metaheuristics.Running;
using Metaheuristics.Solvers;
using Metaheuristics.Termination;

namespace Metaheuristics.Tests;

/// <summary>How the solver tests run a solver: fixed seed, exact budget, a chosen number of threads splitting even tiny batches.</summary>
internal static class SolverRuns
{
    public static Task<RunResult> Solve(IOptimizationProblem problem, ISolver solver, long evaluations, ulong seed = 1, int threads = 1) =>
        Optimizer.SolveAsync(problem, solver, new RunSettings
        {
            Seed = seed,
            Termination = Terminate.AfterEvaluations(evaluations),
            Evaluator = new EvaluatorOptions { MaxDegreeOfParallelism = threads, MinimumWorkPerTask = TimeSpan.FromTicks(1) },
        });

    /// <summary>
    /// Solves with seeds 1..<paramref name="seeds"/>, single-threaded, and returns the results best first (by the first
    /// objective): the element at seeds / 2 is the median run.
    /// </summary>
    public static async Task<RunResult[]> SolveSeeds(Func<IOptimizationProblem> problem, ISolver solver, long evaluations, int seeds)
    {
        var results = new RunResult[seeds];
        for (int seed = 1; seed <= seeds; seed++)
        {
            results[seed - 1] = await Solve(problem(), solver, evaluations, (ulong)seed);
        }
        return [.. results.OrderBy(r => r.Best!.Objectives[0])];
    }

    /// <summary>
    /// Runs <paramref name="run"/> to the end and returns the bytes this thread allocated between the reports of
    /// generations 20 and 100 (with serial evaluation every generation runs on this thread).
    /// </summary>
    public static async Task<long> AllocatedFromGeneration20To100(OptimizationRun run)
    {
        long atTwenty = 0, atHundred = 0;
        await foreach (GenerationReport report in run.RunAsync())
        {
            if (report.Generation == 20)
            {
                atTwenty = GC.GetAllocatedBytesForCurrentThread();
            }
            else if (report.Generation == 100)
            {
                atHundred = GC.GetAllocatedBytesForCurrentThread();
            }
        }
        Assert.That(atTwenty, Is.Positive, "generation 20 was reached");
        Assert.That(atHundred, Is.Positive, "generation 100 was reached");
        return atHundred - atTwenty;
    }
}

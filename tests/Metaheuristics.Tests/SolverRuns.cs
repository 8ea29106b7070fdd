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
}

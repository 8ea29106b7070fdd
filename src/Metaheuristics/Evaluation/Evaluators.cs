using Metaheuristics.Problems;

namespace Metaheuristics.Evaluation;

/// <summary>Chooses the evaluator a problem should get, as pagmo's default batch evaluator does.</summary>
public static class Evaluators
{
    /// <summary>
    /// Asynchronous problems get a <see cref="ChannelEvaluator"/>; thread-safe synchronous problems a
    /// <see cref="ParallelEvaluator"/> when more than one thread is allowed; everything else a <see cref="SerialEvaluator"/>.
    /// </summary>
    public static IEvaluator Create(IOptimizationProblem problem, EvaluatorOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        options ??= new EvaluatorOptions();
        options.Validate();
        switch (problem)
        {
            case IAsyncProblem asyncProblem:
                return new ChannelEvaluator(asyncProblem, options, timeProvider);
            case IProblem syncProblem:
                bool parallel = options.Kind != EvaluatorKind.Serial
                    && syncProblem.Spec.IsThreadSafe
                    && options.EffectiveDegreeOfParallelism > 1;
                if (options.Kind == EvaluatorKind.Parallel && !syncProblem.Spec.IsThreadSafe)
                {
                    throw new ArgumentException(
                        $"EvaluatorOptions.Kind = Parallel, but problem '{syncProblem.Spec.Name}' is not thread-safe (ProblemSpec.IsThreadSafe = false).",
                        nameof(options));
                }
                return parallel ? new ParallelEvaluator(syncProblem, options) : new SerialEvaluator(syncProblem, options.FailurePolicy);
            default:
                throw new ArgumentException(
                    $"Problem type {problem.GetType().Name} implements neither IProblem nor IAsyncProblem.", nameof(problem));
        }
    }
}

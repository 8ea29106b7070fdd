using Metaheuristics.Problems;
using Metaheuristics.Spaces;

namespace Metaheuristics.Tests;

/// <summary>Small problems the engine tests share.</summary>
internal static class TestProblems
{
    public static IProblem Sphere(int dimension = 5) =>
        Problem.Create(new ProblemSpec { Name = "sphere", Space = SearchSpace.Real(dimension, -5, 5) }, (genome, f, _) =>
        {
            double sum = 0;
            foreach (double v in genome.Reals)
            {
                sum += v * v;
            }
            f[0] = sum;
        });

    /// <summary>Sphere that fails on rows whose first gene is above <paramref name="threshold"/>: throws, or returns NaN.</summary>
    public static IProblem FailingAbove(double threshold, bool throwException, int dimension = 3) =>
        Problem.Create(new ProblemSpec { Name = "failing", Space = SearchSpace.Real(dimension, -1, 1) }, (genome, f, _) =>
        {
            if (genome[0] > threshold)
            {
                if (throwException)
                {
                    throw new InvalidOperationException($"boom at {genome[0]:0.00}");
                }
                f[0] = double.NaN;
                return;
            }
            f[0] = genome[0] * genome[0];
        });

    /// <summary>OneMax: maximize the number of ones in <paramref name="length"/> bits; the optimum is <paramref name="length"/>.</summary>
    public static IProblem OneMax(int length)
    {
        var spec = new ProblemSpec { Name = "onemax", Space = SearchSpace.Binary(length), Objectives = [ObjectiveSpec.Maximize("ones")] };
        return Problem.Create(spec, (genome, f, _) =>
        {
            int ones = 0;
            foreach (byte bit in genome.Bits)
            {
                ones += bit;
            }
            f[0] = ones;
        });
    }

    /// <summary>Σ (xᵢ − step·i − shift)² over integers in [lower, upper]; the optimum is xᵢ = step·i + shift.</summary>
    public static IProblem ShiftedIntegerSphere(int dimension, int lower, int upper, int step, int shift) =>
        Problem.Create(new ProblemSpec { Name = "integer", Space = SearchSpace.Integer(dimension, lower, upper) }, (genome, f, _) =>
        {
            double sum = 0;
            for (int i = 0; i < genome.Integers.Length; i++)
            {
                int d = genome.Integers[i] - (step * i + shift);
                sum += d * d;
            }
            f[0] = sum;
        });

    /// <summary>An asynchronous wrapper of a synchronous problem, to run the same cases through the channel evaluator.</summary>
    public static IAsyncProblem AsAsync(IProblem problem) =>
        Problem.CreateAsync(problem.Spec, (candidate, _) =>
        {
            var objectives = new double[problem.Spec.ObjectiveCount];
            var constraints = new double[problem.Spec.ConstraintCount];
            problem.Evaluate(candidate.AsGenome(), objectives, constraints);
            return ValueTask.FromResult(EvaluationResult.Of(objectives, constraints));
        });
}

namespace Metaheuristics.Problems;

/// <summary>Anything the engine can optimize: a synchronous <see cref="IProblem"/> or an asynchronous <see cref="IAsyncProblem"/>.</summary>
public interface IOptimizationProblem
{
    /// <summary>What the problem is: space, objectives, constraints.</summary>
    ProblemSpec Spec { get; }
}

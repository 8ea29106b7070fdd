namespace Metaheuristics.Problems;

/// <summary>One entry of the <see cref="KnownProblems"/> catalog.</summary>
/// <param name="Id">The lowercase id (<c>rastrigin</c>, <c>zdt1</c>, <c>berlin52</c>).</param>
/// <param name="Description">One line about the problem and its defaults.</param>
/// <param name="TakesDimension">Whether <see cref="ProblemParameters.Dimension"/> applies.</param>
/// <param name="TakesObjectives">Whether <see cref="ProblemParameters.Objectives"/> applies.</param>
/// <param name="Factory">Builds the problem.</param>
public sealed record KnownProblem(string Id, string Description, bool TakesDimension, bool TakesObjectives,
    Func<ProblemParameters, IOptimizationProblem> Factory);

using Metaheuristics.Problems;
using Metaheuristics.Spaces;

namespace Metaheuristics.Cli.Specs;

/// <summary>
/// A problem spec file, read and checked: the search space, objectives and constraint counts it declares (null for
/// built-in and TSPLIB evaluators, which bring their own) and what evaluates it.
/// </summary>
internal sealed record SpecFile(
    string FilePath,
    string Name,
    SearchSpace? Space,
    IReadOnlyList<ObjectiveSpec>? Objectives,
    int Inequalities,
    int Equalities,
    double? EqualityTolerance,
    SpecEvaluator Evaluator);

using System.Globalization;
using Metaheuristics.Spaces;
using Metaheuristics.Validation;

namespace Metaheuristics.Problems;

/// <summary>
/// Everything the engine needs to know about a problem besides how to evaluate it: its space, objectives and senses,
/// constraint counts, equality tolerance, thread safety, and the known optimum or reference front where one exists.
/// </summary>
/// <remarks>
/// Constraints are inequalities g(x) ≤ 0 followed by equalities h(x) = 0; an equality counts as satisfied when
/// |h| ≤ <see cref="EqualityTolerance"/>. The violation of a candidate is Σ max(0, gᵢ) + Σ max(0, |hⱼ| − ε).
/// </remarks>
public sealed record ProblemSpec
{
    /// <summary>The problem's id or name.</summary>
    public required string Name { get; init; }

    /// <summary>What a candidate is.</summary>
    public required SearchSpace Space { get; init; }

    /// <summary>The objectives. <value>The default is one objective, "f", minimized.</value></summary>
    public IReadOnlyList<ObjectiveSpec> Objectives { get; init; } = [ObjectiveSpec.Minimize("f")];

    /// <summary>How many inequality constraints g(x) ≤ 0 the problem writes. <value>The default is 0.</value></summary>
    public int InequalityCount { get; init; }

    /// <summary>How many equality constraints h(x) = 0 the problem writes after the inequalities. <value>The default is 0.</value></summary>
    public int EqualityCount { get; init; }

    /// <summary>The tolerance ε within which an equality counts as satisfied. <value>The default is 1e-4.</value></summary>
    public double EqualityTolerance { get; init; } = 1e-4;

    /// <summary>
    /// Whether <c>Evaluate</c> may be called from several threads at once. The default evaluator parallelizes only
    /// thread-safe problems. <value>The default is true.</value>
    /// </summary>
    public bool IsThreadSafe { get; init; } = true;

    /// <summary>The best objective value known (single objective, user's sense), or null.</summary>
    public double? KnownOptimum { get; init; }

    /// <summary>A point that attains <see cref="KnownOptimum"/>, in the real lane, or null.</summary>
    public IReadOnlyList<double>? KnownOptimumLocation { get; init; }

    /// <summary>The conventional hypervolume reference point (user's sense), or null when none is set.</summary>
    public IReadOnlyList<double>? ReferencePoint { get; init; }

    /// <summary>Builds a sample of the true Pareto front (user's sense), or null when none is known.</summary>
    public Func<double[][]>? ReferenceFrontFactory { get; init; }

    /// <summary>The number of objectives.</summary>
    public int ObjectiveCount => Objectives.Count;

    /// <summary>The number of constraint values the problem writes (inequalities, then equalities).</summary>
    public int ConstraintCount => InequalityCount + EqualityCount;

    /// <summary>True when the problem has more than one objective.</summary>
    public bool IsMultiObjective => Objectives.Count > 1;

    /// <summary>Checks every field and throws one exception that lists every bad one.</summary>
    /// <exception cref="OptionsValidationException">Some field is invalid.</exception>
    public void Validate()
    {
        var errors = new ValidationErrors(nameof(ProblemSpec));
        errors.Require(!string.IsNullOrWhiteSpace(Name), nameof(Name), Name, "must not be empty");
        errors.Require(Space is not null, nameof(Space), null, "must be set");
        errors.Require(Objectives is { Count: > 0 }, nameof(Objectives), Objectives?.Count, "needs at least one objective");
        errors.Require(InequalityCount >= 0, nameof(InequalityCount), InequalityCount, "must not be negative");
        errors.Require(EqualityCount >= 0, nameof(EqualityCount), EqualityCount, "must not be negative");
        errors.Require(double.IsFinite(EqualityTolerance) && EqualityTolerance >= 0, nameof(EqualityTolerance),
            EqualityTolerance.ToString(CultureInfo.InvariantCulture), "must be finite and not negative");
        errors.ThrowIfAny();
    }
}

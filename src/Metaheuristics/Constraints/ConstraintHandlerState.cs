namespace Metaheuristics.Constraints;

/// <summary>
/// A snapshot of a handler's adaptive state, reported with every generation. A new snapshot is made only when the state
/// changes, so reports of unchanged generations share it.
/// </summary>
/// <param name="Handler">The handler's id.</param>
/// <param name="Epsilon">The ε-level in force (ε-constraint), else null.</param>
/// <param name="PenaltyWeight">The penalty weight in force (ρ of the augmented Lagrangian, the adaptive weight), else null.</param>
/// <param name="Multipliers">
/// The Lagrange multipliers, one per constraint in the problem's order (λ for inequalities, then μ for equalities),
/// in the units of the raw constraint values, else null.
/// </param>
public sealed record ConstraintHandlerState(string Handler, double? Epsilon, double? PenaltyWeight, IReadOnlyList<double>? Multipliers);

namespace Metaheuristics.Solvers.Annealing;

/// <summary>How the temperature falls over a run.</summary>
public enum CoolingSchedule
{
    /// <summary>T ← αT each step; α is set so T reaches T₀·<c>FinalTemperatureRatio</c> at the end of the budget.</summary>
    Geometric,
    /// <summary>T falls linearly from T₀ to T₀·<c>FinalTemperatureRatio</c> over the budget.</summary>
    Linear,
    /// <summary>T = T₀ / ln(e + k) (Geman &amp; Geman): slow, with convergence guarantees in the limit.</summary>
    Logarithmic,
    /// <summary>T is steered so the observed acceptance rate follows a target that falls from the initial acceptance to 0 over the budget.</summary>
    Adaptive,
}

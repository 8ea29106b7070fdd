namespace Metaheuristics.Solvers.Genetic;

/// <summary>How a generation's offspring and parents make the next parents.</summary>
public enum Replacement
{
    /// <summary>(μ+λ): the best μ of parents and offspring together survive. Elitist and robust; the default.</summary>
    MuPlusLambda,
    /// <summary>Generational: offspring replace the parents, except the best <c>EliteCount</c> parents, which are kept.</summary>
    Generational,
    /// <summary>Steady state: a few offspring per generation (2 by default) replace the worst parents when better.</summary>
    SteadyState,
}

namespace Metaheuristics.Solvers.Differential;

/// <summary>How a differential evolution mutant is built (Storn and Price's DE/x/1 notation).</summary>
public enum DifferentialStrategy
{
    /// <summary>DE/rand/1: v = x_r1 + F·(x_r2 − x_r3). Explores; the robust default.</summary>
    Rand1 = 1,

    /// <summary>DE/best/1: v = x_best + F·(x_r1 − x_r2). Converges fast; risks premature convergence.</summary>
    Best1 = 2,

    /// <summary>DE/current-to-best/1: v = x_i + F·(x_best − x_i) + F·(x_r1 − x_r2). Between the two.</summary>
    CurrentToBest1 = 3,
}

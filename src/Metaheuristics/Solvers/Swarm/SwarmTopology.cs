namespace Metaheuristics.Solvers.Swarm;

/// <summary>Who informs whom in a particle swarm.</summary>
public enum SwarmTopology
{
    /// <summary>Every particle sees the best of the whole swarm (gbest): fast, prone to premature convergence.</summary>
    Global,
    /// <summary>Each particle sees itself and its two ring neighbours (lbest).</summary>
    Ring,
    /// <summary>Each particle sees itself and its four neighbours on a wrapped grid.</summary>
    VonNeumann,
    /// <summary>SPSO 2011's adaptive random topology: each particle informs itself and K random others; links are redrawn after every iteration that did not improve the best.</summary>
    AdaptiveRandom,
}

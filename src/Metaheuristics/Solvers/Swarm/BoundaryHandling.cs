namespace Metaheuristics.Solvers.Swarm;

/// <summary>What happens to a particle that flies out of the box.</summary>
public enum BoundaryHandling
{
    /// <summary>Put it on the bound and zero that velocity component.</summary>
    ClampAndZero,
    /// <summary>Mirror it back inside and reverse that velocity component.</summary>
    Reflect,
    /// <summary>Redraw that coordinate uniformly inside the bounds and zero its velocity.</summary>
    Reinitialize,
}

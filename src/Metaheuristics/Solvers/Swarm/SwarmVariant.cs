namespace Metaheuristics.Solvers.Swarm;

/// <summary>The velocity rule of a particle swarm.</summary>
public enum SwarmVariant
{
    /// <summary>
    /// Standard PSO 2011 (Clerc 2012; Zambrano-Bigiarini, Clerc &amp; Rojas 2013): the new position is drawn in a
    /// hypersphere around the centre of gravity of the particle, its best and its informants' best, which makes the
    /// search invariant to rotation; w = 1/(2 ln 2), c = ½ + ln 2.
    /// </summary>
    Spso2011,
    /// <summary>Inertia weight (Shi &amp; Eberhart 1998): w falls linearly from 0.9 to 0.4; c₁ = c₂ = 1.49445.</summary>
    InertiaWeight,
    /// <summary>Constriction factor (Clerc &amp; Kennedy 2002): χ = 0.7298 with c₁ = c₂ = 2.05.</summary>
    Constriction,
}

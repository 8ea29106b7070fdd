using Metaheuristics.Solvers.Swarm;

namespace Metaheuristics.Cli.Catalog;

/// <summary>Maps the <c>--set</c> keys of <c>pso</c> to <see cref="ParticleSwarmOptions"/>.</summary>
internal static class ParticleSwarmEntry
{
    private static readonly Dictionary<string, SwarmVariant> Variants = new(StringComparer.OrdinalIgnoreCase)
    {
        ["spso2011"] = SwarmVariant.Spso2011,
        ["inertia"] = SwarmVariant.InertiaWeight,
        ["constriction"] = SwarmVariant.Constriction,
    };

    private static readonly Dictionary<string, SwarmTopology> Topologies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["adaptive-random"] = SwarmTopology.AdaptiveRandom,
        ["global"] = SwarmTopology.Global,
        ["ring"] = SwarmTopology.Ring,
        ["von-neumann"] = SwarmTopology.VonNeumann,
    };

    private static readonly Dictionary<string, BoundaryHandling> Boundaries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["clamp"] = BoundaryHandling.ClampAndZero,
        ["reflect"] = BoundaryHandling.Reflect,
        ["reinitialize"] = BoundaryHandling.Reinitialize,
    };

    public static SolverEntry Entry { get; } = new(
        "pso",
        "Particle swarm (SPSO 2011 by default) for real, integer and mixed spaces",
        [
            new SettingKey("particles", "swarm size (same as --pop)", "60"),
            new SettingKey("variant", string.Join("|", Variants.Keys), "spso2011"),
            new SettingKey("topology", string.Join("|", Topologies.Keys), "adaptive-random"),
            new SettingKey("informants", "K of the adaptive random topology", "3"),
            new SettingKey("max-velocity", "largest velocity as a share of the range", "none"),
            new SettingKey("boundary", string.Join("|", Boundaries.Keys), "clamp"),
        ],
        Create);

    private static ParticleSwarm Create(int? population, SolverSettings settings)
    {
        var options = new ParticleSwarmOptions
        {
            SwarmSize = settings.Int("particles", population ?? 60, minimum: 2),
            Variant = settings.Choice("variant", Variants, SwarmVariant.Spso2011),
            Topology = settings.Choice("topology", Topologies, SwarmTopology.AdaptiveRandom),
            Informants = settings.Int("informants", 3, minimum: 1),
            Boundary = settings.Choice("boundary", Boundaries, BoundaryHandling.ClampAndZero),
        };
        if (settings.Has("max-velocity"))
        {
            options = options with { MaxVelocity = settings.Double("max-velocity", 0.5) };
        }
        return new ParticleSwarm(options);
    }
}

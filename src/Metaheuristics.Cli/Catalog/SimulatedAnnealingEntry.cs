using Metaheuristics.Operators.Mutation;
using Metaheuristics.Solvers.Annealing;

namespace Metaheuristics.Cli.Catalog;

/// <summary>Maps the <c>--set</c> keys of <c>sa</c> to <see cref="SimulatedAnnealingOptions"/>.</summary>
internal static class SimulatedAnnealingEntry
{
    private static readonly Dictionary<string, CoolingSchedule> Schedules = new(StringComparer.OrdinalIgnoreCase)
    {
        ["geometric"] = CoolingSchedule.Geometric,
        ["linear"] = CoolingSchedule.Linear,
        ["logarithmic"] = CoolingSchedule.Logarithmic,
        ["adaptive"] = CoolingSchedule.Adaptive,
    };

    private static readonly Dictionary<string, PermutationMove> Moves = new(StringComparer.OrdinalIgnoreCase)
    {
        ["inversion"] = PermutationMove.Inversion,
        ["2-opt"] = PermutationMove.Inversion,
        ["swap"] = PermutationMove.Swap,
        ["insertion"] = PermutationMove.Insertion,
        ["displacement"] = PermutationMove.Displacement,
        ["scramble"] = PermutationMove.Scramble,
    };

    public static SolverEntry Entry { get; } = new(
        "sa",
        "Simulated annealing with K parallel chains scored as one batch per step",
        [
            new SettingKey("chains", "parallel chains (K; same as --pop)", "1"),
            new SettingKey("cooling", string.Join("|", Schedules.Keys), "adaptive; geometric for a tour"),
            new SettingKey("t0", "initial temperature", "from warm-up uphill moves"),
            new SettingKey("acceptance", "acceptance of an average uphill move at T0", "0.065; 0.1 for a tour"),
            new SettingKey("warmup", "steps per chain that sample uphill moves", "10"),
            new SettingKey("final-ratio", "final temperature as a share of T0", "1e-4; 3e-3 for a tour"),
            new SettingKey("step", "initial Gaussian step as a share of the range", "0.1"),
            new SettingKey("step-target", "acceptance rate the step size is adapted toward", "0.05"),
            new SettingKey("window", "steps between adaptations of the step (and of T when adaptive)", "10"),
            new SettingKey("moves", "permutation moves, comma-separated: " + string.Join("|", Moves.Keys), "inversion,insertion"),
            new SettingKey("reheat-after", "steps without improvement before a chain is reheated", "never"),
            new SettingKey("reheat-factor", "share of T0 a reheated chain gets", "0.1"),
            new SettingKey("restart-interval", "steps between restarts of the worst quarter of chains from the best", "never"),
        ],
        Create);

    private static SimulatedAnnealing Create(int? population, SolverSettings settings)
    {
        var options = new SimulatedAnnealingOptions
        {
            ChainCount = settings.Int("chains", population ?? 1, minimum: 1),
            // Unset, these three are chosen by the space when the run starts (tours differ).
            Cooling = settings.Has("cooling") ? settings.Choice("cooling", Schedules, CoolingSchedule.Adaptive) : null,
            InitialAcceptance = settings.Has("acceptance") ? settings.Double("acceptance", 0.065) : null,
            WarmupSteps = settings.Int("warmup", 10, minimum: 1),
            FinalTemperatureRatio = settings.Has("final-ratio") ? settings.Double("final-ratio", 1e-4) : null,
            InitialStepSize = settings.Double("step", 0.1),
            StepTargetAcceptance = settings.Double("step-target", 0.05),
            AdaptationWindow = settings.Int("window", 10, minimum: 1),
            ReheatFactor = settings.Double("reheat-factor", 0.1),
        };
        if (settings.Has("t0"))
        {
            options = options with { InitialTemperature = settings.Double("t0", 1) };
        }
        if (settings.Has("reheat-after"))
        {
            options = options with { ReheatAfter = settings.Int("reheat-after", 1, minimum: 1) };
        }
        if (settings.Has("restart-interval"))
        {
            options = options with { RestartInterval = settings.Int("restart-interval", 1, minimum: 1) };
        }
        if (settings.Text("moves") is { } moves)
        {
            var list = new List<PermutationMove>();
            foreach (string name in moves.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                list.Add(Moves.TryGetValue(name, out PermutationMove move)
                    ? move
                    : throw new UsageException("--set", $"moves: '{name}' is not one of: {string.Join(", ", Moves.Keys)}."));
            }
            options = options with { PermutationMoves = list };
        }
        return new SimulatedAnnealing(options);
    }
}

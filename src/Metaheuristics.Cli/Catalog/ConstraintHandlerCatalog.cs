using System.Globalization;
using Metaheuristics.Constraints;

namespace Metaheuristics.Cli.Catalog;

/// <summary>The constraint handlers <c>mh solve --constraints</c> can use, by id, with their <c>--set</c> keys.</summary>
internal static class ConstraintHandlerCatalog
{
    private static readonly Dictionary<string, bool> Switches = new(StringComparer.OrdinalIgnoreCase) { ["on"] = true, ["off"] = false };

    public static IReadOnlyList<ConstraintHandlerEntry> All { get; } =
    [
        new("feasibility", "Deb's feasibility rules: feasible first, then objective; infeasible by violation (default; constrained domination in nsga2)",
            [], _ => new FeasibilityRules()),
        new("lagrangian", "Augmented Lagrangian (PHR): f + multiplier and quadratic terms on normalized constraints, multipliers updated every k generations",
            [
                new SettingKey("rho0", "initial penalty ρ₀ (normalized constraints)", "auto: matches the objective's spread"),
                new SettingKey("update-every", "k, generations between multiplier updates", "10"),
                new SettingKey("rho-growth", "factor ρ grows by when the violation stalls", "2"),
                new SettingKey("reduction", "γ, the violation must fall below γ × its last value", "0.5"),
                new SettingKey("max-rho-growth", "largest ρ as a multiple of ρ₀", "1e4"),
                new SettingKey("normalize", "on|off: divide each constraint by its initial mean magnitude", "on"),
            ],
            settings => new AugmentedLagrangian(new AugmentedLagrangianOptions
            {
                InitialPenalty = OptionalDouble(settings, "rho0"),
                UpdateInterval = settings.Int("update-every", 10, minimum: 1),
                PenaltyGrowth = settings.Double("rho-growth", 2),
                RequiredReduction = settings.Double("reduction", 0.5),
                MaxPenaltyGrowth = settings.Double("max-rho-growth", 1e4),
                NormalizeConstraints = settings.Choice("normalize", Switches, true),
            })),
        new("epsilon", "ε-constraint (Takahama & Sakai): rows within ε of feasible compare by objective; ε falls to 0",
            [
                new SettingKey("theta", "ε(0) is the violation at this quantile of the initial population", "0.2"),
                new SettingKey("cp", "exponent of the ε schedule (1 − t/Tc)^cp", "5"),
                new SettingKey("control", "Tc as a share of the evaluation budget", "0.5"),
            ],
            settings => new EpsilonConstraint(new EpsilonConstraintOptions
            {
                Theta = settings.Probability("theta", 0.2),
                Exponent = settings.Double("cp", 5),
                ControlFraction = settings.Double("control", 0.5),
            })),
        new("stochastic-ranking", "Stochastic ranking (Runarsson & Yao): bubble-sort ranks comparing by objective with probability pf (single objective)",
            [
                new SettingKey("pf", "probability of comparing infeasible neighbours by objective", "0.45"),
                new SettingKey("sweeps", "most bubble-sort sweeps", "as many as rows"),
            ],
            settings => new StochasticRanking(new StochasticRankingOptions
            {
                ObjectiveProbability = settings.Probability("pf", 0.45),
                Sweeps = settings.Has("sweeps") ? settings.Int("sweeps", 1, minimum: 1) : null,
            })),
        new("static-penalty", "Static penalty: f + Σ wᵢ·vᵢ^β with fixed weights",
            [
                new SettingKey("weight", "w for every constraint", "1e6"),
                new SettingKey("weights", "comma-separated w per constraint (g then h)", "none"),
                new SettingKey("exponent", "β", "1"),
            ],
            settings => new StaticPenalty(new StaticPenaltyOptions
            {
                Weight = settings.Double("weight", 1e6),
                Weights = Weights(settings.Text("weights")),
                Exponent = settings.Double("exponent", 1),
            })),
        new("adaptive-penalty", "Adaptive penalty: f + w·Σ(vᵢ/sᵢ)², w steered by each generation's feasible share",
            [
                new SettingKey("weight0", "initial w", "auto: matches the objective's spread"),
                new SettingKey("target-feasible", "feasible share w steers towards", "0.5"),
                new SettingKey("increase", "factor w grows by below the target", "1.3"),
                new SettingKey("decrease", "factor w shrinks by above the target", "1.2"),
            ],
            settings => new AdaptivePenalty(new AdaptivePenaltyOptions
            {
                InitialWeight = OptionalDouble(settings, "weight0"),
                TargetFeasibleFraction = settings.Probability("target-feasible", 0.5),
                IncreaseFactor = settings.Double("increase", 1.3),
                DecreaseFactor = settings.Double("decrease", 1.2),
            })),
        new("death-penalty", "Death penalty: infeasible rows rank with failed ones", [], _ => new DeathPenalty()),
    ];

    public static ConstraintHandlerEntry Find(string id)
    {
        foreach (ConstraintHandlerEntry entry in All)
        {
            if (entry.Id.Equals(id, StringComparison.OrdinalIgnoreCase))
            {
                return entry;
            }
        }
        throw new UsageException("--constraints", $"unknown id '{id}'. Known: {string.Join(", ", All.Select(e => e.Id))}.");
    }

    private static double? OptionalDouble(SolverSettings settings, string key) => settings.Has(key) ? settings.Double(key, 0) : null;

    private static double[]? Weights(string? text)
    {
        if (text is null)
        {
            return null;
        }
        string[] parts = text.Split(',', StringSplitOptions.TrimEntries);
        var weights = new double[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out weights[i]))
            {
                throw new UsageException("--set", $"weights = '{text}': '{parts[i]}' is not a number.");
            }
        }
        return weights;
    }
}

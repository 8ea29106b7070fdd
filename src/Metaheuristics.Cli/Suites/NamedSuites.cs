namespace Metaheuristics.Cli.Suites;

/// <summary>The named suites <c>mh suite --suite</c> knows.</summary>
internal static class NamedSuites
{
    public static readonly IReadOnlyList<NamedSuite> All =
    [
        new("zdt", "ZDT1-4 and ZDT6 (n = 30, 30, 30, 10, 10), NSGA-II against random search; population 100, 25,000 evaluations, 31 seeds",
            [new("zdt1"), new("zdt2"), new("zdt3"), new("zdt4"), new("zdt6")],
            ["nsga2", "random"], 25_000, 31, 100),
        new("dtlz", "DTLZ1-7 with 3 objectives (n = M + 4, M + 9, M + 19 as Deb et al.), NSGA-II against random search; population 100, 25,000 evaluations, 31 seeds",
            [.. Enumerable.Range(1, 7).Select(k => new SuiteProblem($"dtlz{k}", Objectives: 3))],
            ["nsga2", "random"], 25_000, 31, 100),
        new("classic30", "sphere, Rastrigin, Rosenbrock, Ackley, Griewank and Schwefel in 30-D; ga, pso, sa and de at their defaults; 100,000 evaluations, 31 seeds",
            [.. new[] { "sphere", "rastrigin", "rosenbrock", "ackley", "griewank", "schwefel" }.Select(id => new SuiteProblem(id, Dimension: 30))],
            ["ga", "pso", "sa", "de"], 100_000, 31, null),
        new("cec2006", "the shipped CEC 2006 subset (g01, g04, g06-g11, g18, g24); ga, de and pso with feasibility rules; 240,000 evaluations, 25 seeds (the CEC 2006 run count)",
            [.. new[] { "g01", "g04", "g06", "g07", "g08", "g09", "g10", "g11", "g18", "g24" }.Select(g => new SuiteProblem("cec2006-" + g))],
            ["ga", "de", "pso"], 240_000, 25, null),
        new("tsplib", "the shipped TSPLIB instances (berlin52, eil51, kroA100, ch150, a280); ga against sa; 75,000 evaluations, 11 seeds",
            [new("berlin52"), new("eil51"), new("kroa100"), new("ch150"), new("a280")],
            ["ga", "sa"], 75_000, 11, null),
    ];

    /// <exception cref="UsageException">No suite has that id.</exception>
    public static NamedSuite Find(string id) =>
        All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? throw new UsageException("--suite", $"unknown suite '{id}'; known: {string.Join(", ", All.Select(s => s.Id))}.");
}

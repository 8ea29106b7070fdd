namespace Metaheuristics.Problems.Constrained;

/// <summary>The shipped subset of the CEC 2006 constrained suite (Liang et al. 2006), by id <c>cec2006-gNN</c>.</summary>
public static class Cec2006
{
    /// <summary>The ids of the shipped problems, in suite order.</summary>
    public static IReadOnlyList<string> Ids { get; } =
        ["cec2006-g01", "cec2006-g04", "cec2006-g06", "cec2006-g07", "cec2006-g08", "cec2006-g09", "cec2006-g10", "cec2006-g11", "cec2006-g18", "cec2006-g24"];

    /// <summary>Creates the problem with <paramref name="id"/> (one of <see cref="Ids"/>, case-insensitive).</summary>
    /// <exception cref="ArgumentException">The id is not a shipped CEC 2006 problem.</exception>
    public static Cec2006Problem Create(string id) => id.ToLowerInvariant() switch
    {
        "cec2006-g01" => new G01(),
        "cec2006-g04" => new G04(),
        "cec2006-g06" => new G06(),
        "cec2006-g07" => new G07(),
        "cec2006-g08" => new G08(),
        "cec2006-g09" => new G09(),
        "cec2006-g10" => new G10(),
        "cec2006-g11" => new G11(),
        "cec2006-g18" => new G18(),
        "cec2006-g24" => new G24(),
        _ => throw new ArgumentException($"'{id}' is not a shipped CEC 2006 problem; known: {string.Join(", ", Ids)}.", nameof(id)),
    };
}

namespace Metaheuristics.Problems;

/// <summary>One objective: its name and sense.</summary>
/// <param name="Name">Shown in reports and result files.</param>
/// <param name="Sense">Minimize or maximize.</param>
public sealed record ObjectiveSpec(string Name, ObjectiveSense Sense)
{
    /// <summary>An objective to minimize.</summary>
    public static ObjectiveSpec Minimize(string name) => new(name, ObjectiveSense.Minimize);

    /// <summary>An objective to maximize.</summary>
    public static ObjectiveSpec Maximize(string name) => new(name, ObjectiveSense.Maximize);
}

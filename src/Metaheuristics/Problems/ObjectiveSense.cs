namespace Metaheuristics.Problems;

/// <summary>Whether an objective is to be made small or large.</summary>
public enum ObjectiveSense
{
    /// <summary>Smaller is better.</summary>
    Minimize,
    /// <summary>Larger is better; the engine negates it inside and reports it in the user's sense.</summary>
    Maximize,
}

namespace Metaheuristics.Spaces;

/// <summary>The flat array a segment's genes live in.</summary>
public enum GeneLane
{
    /// <summary>The <see cref="double"/> lane.</summary>
    Real,
    /// <summary>The <see cref="int"/> lane.</summary>
    Integer,
    /// <summary>The <see cref="byte"/> lane.</summary>
    Binary,
}

namespace Metaheuristics.Problems.Tsp;

/// <summary>How a TSPLIB instance defines its distances (TSPLIB95 documentation, section 2).</summary>
public enum EdgeWeightType
{
    /// <summary>Euclidean distance rounded to the nearest integer.</summary>
    Euclidean2D,
    /// <summary>Euclidean distance rounded up.</summary>
    Ceiling2D,
    /// <summary>Pseudo-Euclidean distance of the att48/att532 instances.</summary>
    Att,
    /// <summary>Geographical distance on an idealized earth (coordinates as DDD.MM degrees and minutes).</summary>
    Geographical,
    /// <summary>Distances given as a matrix in the file.</summary>
    Explicit,
}

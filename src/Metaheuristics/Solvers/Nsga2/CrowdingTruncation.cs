namespace Metaheuristics.Solvers.Nsga2;

/// <summary>How NSGA-II's survival chooses the survivors of the front that does not fit whole.</summary>
public enum CrowdingTruncation
{
    /// <summary>Keep the largest crowding distances of one computation over the front (Deb et al. 2002).</summary>
    OneShot,

    /// <summary>
    /// Remove the most crowded point one at a time, crowding its neighbours again after each removal (Kukkonen &amp;
    /// Deb 2006): a more even front for a little more work per generation.
    /// </summary>
    Iterative,
}

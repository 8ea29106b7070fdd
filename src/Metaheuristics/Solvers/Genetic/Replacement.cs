namespace Metaheuristics.Solvers.Genetic;

/// <summary>How a generation's offspring and parents make the next parents.</summary>
public enum Replacement
{
    /// <summary>(μ+λ): the best μ of parents and offspring together survive. Elitist and robust; the default.</summary>
    MuPlusLambda,
    /// <summary>Generational: offspring replace the parents, except the best <c>EliteCount</c> parents, which are kept.</summary>
    Generational,
    /// <summary>Steady state: a few offspring per generation (2 by default) replace the worst parents when better.</summary>
    SteadyState,
    /// <summary>
    /// Parent against child: each pair is a parent drawn at random without replacement (while parents last) and a
    /// mate the selection picks; each child then duels the parent it was bred from, child 1 the leader and child 2 the
    /// mate, and takes that parent's place when at least as good. Selection pressure comes only from the mates and
    /// the duels, so many distinct lineages live on (the replacement of inver-over, and of deterministic crowding).
    /// </summary>
    ParentChild,
}

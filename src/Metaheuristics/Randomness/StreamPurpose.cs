namespace Metaheuristics.Randomness;

/// <summary>What a <see cref="RandomStream"/> is used for; part of its key so that different uses never share numbers.</summary>
public enum StreamPurpose
{
    /// <summary>Drawing fresh candidates from the search space.</summary>
    Sampling = 1,
    /// <summary>Choosing parents.</summary>
    Selection = 2,
    /// <summary>Recombining parents.</summary>
    Crossover = 3,
    /// <summary>Perturbing a child.</summary>
    Mutation = 4,
    /// <summary>Survival or replacement decisions.</summary>
    Survival = 5,
    /// <summary>Moves of a trajectory method (annealing, swarm).</summary>
    Move = 6,
    /// <summary>Acceptance tests (annealing) and other coin flips.</summary>
    Acceptance = 7,
    /// <summary>Repairing an invalid candidate.</summary>
    Repair = 8,
    /// <summary>Anything a solver needs once per generation rather than per row.</summary>
    Generation = 9,
    /// <summary>Draws of a constraint handler (stochastic ranking's coin flips).</summary>
    ConstraintHandling = 10,
}

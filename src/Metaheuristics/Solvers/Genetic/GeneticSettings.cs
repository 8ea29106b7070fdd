using Metaheuristics.Operators;

namespace Metaheuristics.Solvers.Genetic;

/// <summary>The GA's settings in force on one search space, once <see cref="GeneticAlgorithmOptions"/>' null fields have their defaults there.</summary>
/// <param name="Population">μ.</param>
/// <param name="Offspring">λ.</param>
/// <param name="Replacement">How survivors are chosen.</param>
/// <param name="Operators">Crossover probability, mutation rate and the operators of every lane.</param>
internal sealed record GeneticSettings(int Population, int Offspring, Replacement Replacement, BreedingOperators Operators);

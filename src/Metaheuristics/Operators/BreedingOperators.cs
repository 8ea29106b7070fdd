using Metaheuristics.Operators.Crossover;
using Metaheuristics.Operators.Mutation;

namespace Metaheuristics.Operators;

/// <summary>
/// The crossover and mutation of every lane, with their rates: what a <see cref="Breeder"/> applies.
/// <see cref="RemutateClones"/> mutates again a child that came out equal to a parent, so that no evaluation is spent
/// on a genome the population already holds.
/// </summary>
internal sealed record BreedingOperators(
    double CrossoverProbability,
    double? MutationRate,
    IRealCrossover RealCrossover,
    IRealMutation RealMutation,
    IIntegerCrossover IntegerCrossover,
    IIntegerMutation IntegerMutation,
    IBinaryCrossover BinaryCrossover,
    IBinaryMutation BinaryMutation,
    IPermutationCrossover PermutationCrossover,
    IPermutationMutation PermutationMutation,
    bool RemutateClones = false);

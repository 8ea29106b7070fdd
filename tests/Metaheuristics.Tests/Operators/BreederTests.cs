using Metaheuristics.Operators;
using Metaheuristics.Operators.Crossover;
using Metaheuristics.Operators.Mutation;
using Metaheuristics.Populations;
using Metaheuristics.Problems;
using Metaheuristics.Randomness;
using Metaheuristics.Spaces;

namespace Metaheuristics.Tests.Operators;

public sealed class BreederTests
{
    // Five reals, three integers and four bits: with p_c = 0.5 and one mutated gene per lane on average, about one
    // child in 25 comes out equal to a parent (84 of 2,000 with this seed) unless clones are mutated again.
    private static readonly SearchSpace MixedSpace = SearchSpace.CreateBuilder()
        .Reals("x", [0, 0, 0, 0, 0], [1, 1, 1, 1, 1])
        .Integers("k", 3, 0, 9)
        .Bits("b", 4)
        .Build();

    private static int CountClones(bool remutate)
    {
        var spec = new ProblemSpec { Name = "mixed", Space = MixedSpace, Objectives = [ObjectiveSpec.Minimize("f")] };
        var population = new Population(spec, 4);
        var operators = new BreedingOperators(0.5, null, new SimulatedBinaryCrossover(20), new PolynomialMutation(20),
            new SimulatedBinaryCrossover(20), new PolynomialMutation(20), new UniformCrossover(), new BitFlipMutation(),
            new EdgeRecombinationCrossover(), new PermutationMoveMutation(PermutationMove.Inversion), remutate);
        var breeder = new Breeder(MixedSpace, operators, seed: 3);
        int clones = 0;
        for (int pair = 0; pair < 1000; pair++)
        {
            for (int row = 0; row < 2; row++)
            {
                var random = RandomStream.Create(3, StreamPurpose.Sampling, pair, row);
                MixedSpace.Sample(population.MutableGenomeOf(row), ref random);
            }
            breeder.Breed(population, 0, 1, 2, 3, generation: pair, pair: 0);
            for (int child = 2; child < 4; child++)
            {
                clones += Breeder.SameGenes(population, child, 0) || Breeder.SameGenes(population, child, 1) ? 1 : 0;
            }
        }
        return clones;
    }

    [Test]
    public void Breed_ClonesKept_SomeChildrenEqualAParent()
    {
        // The premise of the next test: without re-mutation clones are common (a pair left uncrossed, no gene moved).
        Assert.That(CountClones(remutate: false), Is.GreaterThan(40), "clones among 2,000 children");
    }

    [Test]
    public void Breed_RemutateClones_NoChildEqualsAParent()
    {
        // A clone survives only if nine mutations in a row leave it unchanged, each about one time in twelve here.
        Assert.That(CountClones(remutate: true), Is.Zero, "clones among 2,000 children");
    }
}

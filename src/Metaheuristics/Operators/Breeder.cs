using Metaheuristics.Operators.Crossover;
using Metaheuristics.Operators.Mutation;
using Metaheuristics.Populations;
using Metaheuristics.Randomness;
using Metaheuristics.Spaces;

namespace Metaheuristics.Operators;

/// <summary>
/// Makes two children from two parent rows: crossover of every lane (with the crossover probability), then mutation
/// of every lane, each lane with its own operators. Shared by every population-based solver, so that the GA and NSGA-II
/// breed identically. Workspaces are allocated once here; breeding allocates nothing.
/// </summary>
internal sealed class Breeder
{
    // Re-mutations of a clone before it is kept as it is: a space with one point, or a mutation that rarely moves, must not loop.
    private const int CloneRetries = 8;

    private readonly SearchSpace _space;
    private readonly ulong _seed;
    private readonly BreedingOperators _operators;
    private readonly PermutationWorkspace?[] _workspaces;
    private readonly double[] _segmentRates;
    private readonly double _realRate;
    private readonly double _binaryRate;

    public Breeder(SearchSpace space, BreedingOperators operators, ulong seed)
    {
        _space = space;
        _operators = operators;
        _seed = seed;
        _workspaces = new PermutationWorkspace?[space.Segments.Count];
        _segmentRates = new double[space.Segments.Count];
        for (int s = 0; s < space.Segments.Count; s++)
        {
            Segment segment = space.Segments[s];
            _segmentRates[s] = operators.MutationRate ?? 1.0 / segment.Length;
            if (segment.Kind == SegmentKind.Permutation)
            {
                _workspaces[s] = new PermutationWorkspace(segment.Length);
            }
        }
        _realRate = operators.MutationRate ?? 1.0 / Math.Max(1, space.RealLength);
        _binaryRate = operators.MutationRate ?? 1.0 / Math.Max(1, space.BinaryLength);
    }

    /// <summary>Writes children into rows <paramref name="child1"/> and <paramref name="child2"/>; <paramref name="pair"/> keys the random streams.</summary>
    public void Breed(Population population, int first, int second, int child1, int child2, int generation, int pair)
    {
        var random = RandomStream.Create(_seed, StreamPurpose.Crossover, generation, pair);
        if (random.NextDouble() < _operators.CrossoverProbability)
        {
            Cross(population, first, second, child1, child2, ref random);
        }
        else
        {
            CopyGenes(population, first, child1);
            CopyGenes(population, second, child2);
        }
        if (_operators.MutationRate != 0)
        {
            Mutate(population, child1, generation, first, second);
            Mutate(population, child2, generation, first, second);
        }
    }

    /// <summary>
    /// Mutates <paramref name="row"/>; with <see cref="BreedingOperators.RemutateClones"/>, a child still equal to one of
    /// its parents is mutated again from the same stream (so the result stays a function of the seed), at most
    /// <see cref="CloneRetries"/> more times.
    /// </summary>
    private void Mutate(Population population, int row, int generation, int first, int second)
    {
        var random = RandomStream.Create(_seed, StreamPurpose.Mutation, generation, row);
        Mutate(population, row, ref random);
        if (!_operators.RemutateClones)
        {
            return;
        }
        for (int retry = 0; retry < CloneRetries && (SameGenes(population, row, first) || SameGenes(population, row, second)); retry++)
        {
            Mutate(population, row, ref random);
        }
    }

    /// <summary>True when rows <paramref name="a"/> and <paramref name="b"/> hold the same genes in every lane.</summary>
    internal static bool SameGenes(Population population, int a, int b) =>
        population.RealsOf(a).SequenceEqual(population.RealsOf(b))
        && population.IntegersOf(a).SequenceEqual(population.IntegersOf(b))
        && population.BitsOf(a).SequenceEqual(population.BitsOf(b));

    private void Cross(Population p, int first, int second, int child1, int child2, ref RandomStream random)
    {
        if (_space.RealLength > 0)
        {
            _operators.RealCrossover.Cross(p.RealsOf(first), p.RealsOf(second), p.RealsOf(child1), p.RealsOf(child2),
                _space.RealLower, _space.RealUpper, ref random);
        }
        if (_space.BinaryLength > 0)
        {
            _operators.BinaryCrossover.Cross(p.BitsOf(first), p.BitsOf(second), p.BitsOf(child1), p.BitsOf(child2), ref random);
        }
        ReadOnlySpan<Segment> segments = _space.SegmentSpan;
        for (int s = 0; s < segments.Length; s++)
        {
            Segment segment = segments[s];
            if (segment.Lane != GeneLane.Integer)
            {
                continue;
            }
            Range genes = segment.Offset..(segment.Offset + segment.Length);
            if (segment.Kind == SegmentKind.Permutation)
            {
                _operators.PermutationCrossover.Cross(p.IntegersOf(first)[genes], p.IntegersOf(second)[genes],
                    p.IntegersOf(child1)[genes], p.IntegersOf(child2)[genes], _workspaces[s]!, ref random);
            }
            else
            {
                _operators.IntegerCrossover.Cross(p.IntegersOf(first)[genes], p.IntegersOf(second)[genes],
                    p.IntegersOf(child1)[genes], p.IntegersOf(child2)[genes], _space.IntegerLower[genes], _space.IntegerUpper[genes], ref random);
            }
        }
    }

    private void Mutate(Population population, int row, ref RandomStream random)
    {
        if (_space.RealLength > 0)
        {
            _operators.RealMutation.Mutate(population.RealsOf(row), _space.RealLower, _space.RealUpper, _realRate, ref random);
        }
        if (_space.BinaryLength > 0)
        {
            _operators.BinaryMutation.Mutate(population.BitsOf(row), _binaryRate, ref random);
        }
        ReadOnlySpan<Segment> segments = _space.SegmentSpan;
        for (int s = 0; s < segments.Length; s++)
        {
            Segment segment = segments[s];
            if (segment.Lane != GeneLane.Integer)
            {
                continue;
            }
            Range genes = segment.Offset..(segment.Offset + segment.Length);
            if (segment.Kind == SegmentKind.Permutation)
            {
                _operators.PermutationMutation.Mutate(population.IntegersOf(row)[genes], _segmentRates[s], ref random);
            }
            else
            {
                _operators.IntegerMutation.Mutate(population.IntegersOf(row)[genes], _space.IntegerLower[genes], _space.IntegerUpper[genes], _segmentRates[s], ref random);
            }
        }
    }

    private static void CopyGenes(Population population, int from, int to)
    {
        population.RealsOf(from).CopyTo(population.RealsOf(to));
        population.IntegersOf(from).CopyTo(population.IntegersOf(to));
        population.BitsOf(from).CopyTo(population.BitsOf(to));
    }
}

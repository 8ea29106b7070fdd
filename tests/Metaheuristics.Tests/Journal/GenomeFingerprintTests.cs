using System.Numerics;
using Metaheuristics.Journal;
using Metaheuristics.Populations;
using Metaheuristics.Problems;
using Metaheuristics.Spaces;

namespace Metaheuristics.Tests.Journal;

public sealed class GenomeFingerprintTests
{
    private static Population Filled(int rows, int genes)
    {
        var population = new Population(new ProblemSpec { Name = "p", Space = SearchSpace.Real(genes, -1, 1) }, rows);
        for (int row = 0; row < rows; row++)
        {
            Span<double> reals = population.RealsOf(row);
            for (int gene = 0; gene < genes; gene++)
            {
                reals[gene] = Math.Sin(row * 31 + gene);
            }
        }
        return population;
    }

    [Test]
    public void Of_AnyGeneChangedOrTwoGenesSwapped_ChangesTheFingerprint()
    {
        Population population = Filled(10, 7);
        ulong original = GenomeFingerprint.Of(population, 0, 10);
        foreach ((int row, int gene) in new[] { (0, 0), (3, 4), (9, 6) })
        {
            double kept = population.RealsOf(row)[gene];
            population.RealsOf(row)[gene] = BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(kept) ^ 1);
            Assert.That(GenomeFingerprint.Of(population, 0, 10), Is.Not.EqualTo(original), $"row {row} gene {gene}, lowest bit flipped");
            population.RealsOf(row)[gene] = kept;
        }
        // Swapped genes: a fingerprint that only summed the words would not see it.
        (population.RealsOf(0)[0], population.RealsOf(0)[1]) = (population.RealsOf(0)[1], population.RealsOf(0)[0]);
        Assert.That(GenomeFingerprint.Of(population, 0, 10), Is.Not.EqualTo(original), "swapped genes");
        (population.RealsOf(0)[0], population.RealsOf(0)[1]) = (population.RealsOf(0)[1], population.RealsOf(0)[0]);
        Assert.That(GenomeFingerprint.Of(population, 0, 10), Is.EqualTo(original), "same genes again, same fingerprint");
    }

    [Test]
    public void Matches_SingleLaneFingerprintOfAnEarlierJournal_IsAccepted()
    {
        Population population = Filled(4, 5);

        // The mix journals were written with until the four-lane version: one chain over the reals' 8-byte words.
        const ulong multiplier = 0x9E3779B97F4A7C15;
        ulong hash = unchecked(4 * multiplier);
        foreach (double value in population.RealsOfRows(0, 4))
        {
            hash = BitOperations.RotateLeft(hash ^ (ulong)BitConverter.DoubleToInt64Bits(value), 27) * multiplier;
        }
        hash = BitOperations.RotateLeft(hash ^ (4UL * 5 * sizeof(double)), 31) * multiplier;
        hash = BitOperations.RotateLeft(hash ^ 0UL, 31) * multiplier; // no integer genes
        hash = BitOperations.RotateLeft(hash ^ 0UL, 31) * multiplier; // no bits
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCD;
        hash ^= hash >> 33;

        Assert.That(hash, Is.Not.EqualTo(GenomeFingerprint.Of(population, 0, 4)));
        Assert.That(GenomeFingerprint.Matches(hash, population, 0, 4), Is.True);
        Assert.That(GenomeFingerprint.Matches(hash ^ 1, population, 0, 4), Is.False);
    }

    [Test]
    public void Matches_FourLaneFingerprintOfAnEarlierJournal_IsAccepted()
    {
        Population population = Filled(6, 9);
        ulong fourLanes = GenomeFingerprint.FourLanes(population, 0, 6);

        Assert.That(fourLanes, Is.Not.EqualTo(GenomeFingerprint.Of(population, 0, 6)));
        Assert.That(GenomeFingerprint.Matches(fourLanes, population, 0, 6), Is.True);
        population.RealsOf(5)[8] += 1e-9;
        Assert.That(GenomeFingerprint.Matches(fourLanes, population, 0, 6), Is.False, "a changed gene");
    }
}

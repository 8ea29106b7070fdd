using Metaheuristics.Randomness;
using Metaheuristics.Spaces;

namespace Metaheuristics.Tests.Spaces;

public sealed class SearchSpaceTests
{
    private static SearchSpace Mixed() => SearchSpace.CreateBuilder()
        .Float("dropout", 0, 0.5)
        .Float("learningRate", 1e-4, 1e-1, log: true)
        .Int("layers", 1, 4)
        .Categorical("activation", "relu", "tanh", "gelu")
        .Build();

    [Test]
    public void Sample_EveryKindOfSpace_StaysInside()
    {
        SearchSpace[] spaces =
        [
            SearchSpace.Real(4, -2, 3),
            SearchSpace.Integer(5, -3, 3),
            SearchSpace.Binary(17),
            SearchSpace.Permutation(9),
            Mixed(),
            SearchSpace.CreateBuilder().Reals("w", [0, -1], [1, 1]).Permutation("order", 6).Bits("mask", 4).Integers("k", 2, 0, 9).Build(),
        ];
        foreach (SearchSpace space in spaces)
        {
            var reals = new double[space.RealLength];
            var integers = new int[space.IntegerLength];
            var bits = new byte[space.BinaryLength];
            for (int row = 0; row < 200; row++)
            {
                var random = RandomStream.Create(1, StreamPurpose.Sampling, 0, row);
                space.Sample(new MutableGenome(reals, integers, bits), ref random);
                Assert.That(space.Contains(new Genome(space, reals, integers, bits)), Is.True);
            }
        }
    }

    [Test]
    public void Decode_MixedSpace_GivesValuesWithinUserBounds()
    {
        SearchSpace space = Mixed();
        var reals = new double[space.RealLength];
        var seenLayers = new HashSet<int>();
        var seenActivations = new HashSet<string>();
        for (int row = 0; row < 500; row++)
        {
            var random = RandomStream.Create(9, StreamPurpose.Sampling, 0, row);
            space.Sample(new MutableGenome(reals, [], []), ref random);
            var genome = new Genome(space, reals, [], []);
            Assert.That(genome.Float("dropout"), Is.InRange(0, 0.5));
            Assert.That(genome.Float("learningRate"), Is.InRange(1e-4, 1e-1));
            seenLayers.Add(genome.Int("layers"));
            seenActivations.Add(genome.Category("activation"));
        }
        Assert.That(seenLayers, Is.EquivalentTo(new[] { 1, 2, 3, 4 }));
        Assert.That(seenActivations, Is.EquivalentTo(new[] { "relu", "tanh", "gelu" }));
    }

    [Test]
    public void Sample_LogParameter_IsLogUniform()
    {
        SearchSpace space = SearchSpace.CreateBuilder().Float("lr", 1e-4, 1, log: true).Build();
        var reals = new double[1];
        int belowOnePercent = 0;
        const int N = 10_000;
        for (int row = 0; row < N; row++)
        {
            var random = RandomStream.Create(3, StreamPurpose.Sampling, 0, row);
            space.Sample(new MutableGenome(reals, [], []), ref random);
            belowOnePercent += new Genome(space, reals, [], []).Float("lr") < 1e-2 ? 1 : 0;
        }
        // Half of a log-uniform draw over four decades lies in the first two.
        Assert.That(belowOnePercent / (double)N, Is.EqualTo(0.5).Within(0.03));
    }

    [Test]
    public void Repair_OutOfBoundsAndBrokenPermutation_BringsBackInside()
    {
        SearchSpace space = SearchSpace.CreateBuilder().Reals("x", [0, 0], [1, 1]).Permutation("p", 5).Bits("b", 2).Build();
        double[] reals = [-0.5, 7];
        int[] integers = [3, 3, 9, 0, 3];
        byte[] bits = [0, 5];
        bool changed = space.Repair(new MutableGenome(reals, integers, bits));
        Assert.That(changed, Is.True);
        Assert.That(reals, Is.EqualTo(new[] { 0.0, 1.0 }));
        Assert.That(integers, Is.EqualTo(new[] { 3, 1, 2, 0, 4 }));
        Assert.That(bits, Is.EqualTo(new byte[] { 0, 1 }));
        Assert.That(space.Repair(new MutableGenome(reals, integers, bits)), Is.False);
    }

    [Test]
    public void Builder_InvalidBounds_ErrorNamesSegmentAndValues()
    {
        var error = Assert.Throws<ArgumentException>(() => SearchSpace.CreateBuilder().Reals("weights", [0, 2], [1, 1]).Build());
        Assert.That(error!.Message, Does.Contain("weights").And.Contain("gene 1").And.Contain("lower = 2"));
    }

    [Test]
    public void Builder_LogParameterWithNonPositiveLower_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SearchSpace.CreateBuilder().Float("lr", 0, 1, log: true));
        Assert.That(error!.Message, Does.Contain("lr"));
    }

    [Test]
    public void Builder_DuplicateNames_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => SearchSpace.CreateBuilder().Int("a", 0, 1).Float("a", 0, 1).Build());
        Assert.That(error!.Message, Does.Contain("'a'"));
    }

    [Test]
    public void Real_NonPositiveDimension_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SearchSpace.Real(0, 0, 1));

    [Test]
    public void Lanes_MixedSegments_OffsetsAreContiguousPerLane()
    {
        SearchSpace space = SearchSpace.CreateBuilder().Reals("a", [0, 0], [1, 1]).Permutation("p", 3).Float("b", 0, 1).Integers("k", 2, 0, 5).Build();
        Assert.Multiple(() =>
        {
            Assert.That(space.RealLength, Is.EqualTo(3));
            Assert.That(space.IntegerLength, Is.EqualTo(5));
            Assert.That(space.Segments[2].Offset, Is.EqualTo(2));
            Assert.That(space.Segments[3].Offset, Is.EqualTo(3));
            Assert.That(space.IsRealCoded, Is.False);
        });
    }
}

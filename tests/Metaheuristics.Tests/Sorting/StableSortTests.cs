using Metaheuristics.Randomness;
using Metaheuristics.Sorting;

namespace Metaheuristics.Tests.Sorting;

public sealed class StableSortTests
{
    private readonly struct ByKey(int[] keys) : IComparer<int>
    {
        public int Compare(int x, int y) => keys[x].CompareTo(keys[y]);
    }

    private readonly struct ByDoubleKey(double[] keys) : IComparer<int>
    {
        public int Compare(int x, int y) => keys[x].CompareTo(keys[y]);
    }

    private readonly struct Descending : IComparer<int>
    {
        public int Compare(int x, int y) => y.CompareTo(x);
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(15)]
    [TestCase(16)]
    [TestCase(17)]
    [TestCase(200)]
    [TestCase(1000)]
    public void Sort_RandomKeysWithTies_SortedAndStable(int n)
    {
        var random = RandomStream.Create(1, StreamPurpose.Sampling, n, 0);
        var keys = new int[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = random.NextInt(Math.Max(1, n / 5));
        }
        int[] items = Enumerable.Range(0, n).ToArray();
        StableSort.Sort(items, new int[n], new ByKey(keys));
        // Stable: equal keys keep ascending index order, so the result equals a sort by (key, index).
        int[] expected = Enumerable.Range(0, n).OrderBy(i => keys[i]).ThenBy(i => i).ToArray();
        Assert.That(items, Is.EqualTo(expected));
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(17)]
    [TestCase(200)]
    [TestCase(3000)]
    public void SortByKey_KeysWithTiesSignedZerosAndNaNs_EqualsStableSortByKeyThenIndex(int n)
    {
        var random = RandomStream.Create(2, StreamPurpose.Sampling, n, 0);
        var keys = new double[n];
        for (int i = 0; i < n; i++)
        {
            keys[i] = random.NextInt(8) switch
            {
                0 => double.NaN,
                1 => -0.0,
                2 => 0.0,
                3 => double.NegativeInfinity,
                _ => random.NextInt(Math.Max(1, n / 4)) - n / 8,
            };
        }
        int[] expected = Enumerable.Range(0, n).ToArray();
        StableSort.Sort(expected, new int[n], new ByDoubleKey(keys));
        int[] items = Enumerable.Range(0, n).ToArray();
        double[] sortedKeys = (double[])keys.Clone();

        StableSort.SortByKey(sortedKeys, items, new int[n], new ItemOrder());

        Assert.That(items, Is.EqualTo(expected));
        for (int i = 0; i < n; i++)
        {
            Assert.That(sortedKeys[i], Is.EqualTo(keys[items[i]]), $"key at {i} moved without its item");
        }
    }

    // From 96 keys SortByKey sorts by radix on the keys' upper 48 bits: keys that differ only below them (here by a
    // few ulps), infinities, negative NaNs and items that are not positions must still come out exactly ordered.
    [TestCase(96)]
    [TestCase(513)]
    [TestCase(65_536)]
    [TestCase(70_000)]
    public void SortByKey_KeysCloserThanTheRadixResolution_SortedExactly(int n)
    {
        var random = RandomStream.Create(3, StreamPurpose.Sampling, n, 0);
        var keys = new double[n];
        for (int i = 0; i < n; i++)
        {
            int ulps = random.NextInt(64);
            keys[i] = random.NextInt(10) switch
            {
                0 => double.PositiveInfinity,
                1 => BitConverter.UInt64BitsToDouble(0xFFF8_0000_0000_0001UL), // a NaN with the sign bit set
                2 => -1.0 - ulps * Math.Pow(2, -52),
                3 => double.Epsilon * ulps,
                _ => 1.0 + ulps * Math.Pow(2, -52),
            };
        }
        int[] original = Enumerable.Range(0, n).Select(i => i * 7 + 3).ToArray();
        double[] sortedKeys = (double[])keys.Clone();
        int[] items = (int[])original.Clone();

        StableSort.SortByKey(sortedKeys, items, new int[n], new ItemOrder());

        int[] expected = Enumerable.Range(0, n).OrderBy(i => keys[i], Comparer<double>.Default).ThenBy(i => original[i])
            .Select(i => original[i]).ToArray();
        Assert.That(items, Is.EqualTo(expected));
        for (int i = 0; i < n; i++)
        {
            Assert.That(sortedKeys[i], Is.EqualTo(keys[(items[i] - 3) / 7]), $"key at {i} moved without its item");
        }
    }

    [Test]
    public void SortByKey_TiesOrderedByTheGivenComparer()
    {
        double[] keys = [2, 1, 2, 1, 2];
        int[] items = [0, 1, 2, 3, 4];

        StableSort.SortByKey(keys, items, new int[5], new Descending());

        Assert.That(items, Is.EqualTo(new[] { 3, 1, 4, 2, 0 }));
    }

    [Test]
    public void SortByKey_KeysAndItemsOfDifferentLengths_Throws() =>
        Assert.Throws<ArgumentException>(() => StableSort.SortByKey(new double[3], new int[4], new int[4], new ItemOrder()));

    [Test]
    public void Sort_ScratchTooSmall_Throws() =>
        Assert.Throws<ArgumentException>(() => StableSort.Sort(new int[5], new int[4], new ByKey(new int[5])));
}

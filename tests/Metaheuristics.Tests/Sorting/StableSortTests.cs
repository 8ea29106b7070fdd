using Metaheuristics.Randomness;
using Metaheuristics.Sorting;

namespace Metaheuristics.Tests.Sorting;

public sealed class StableSortTests
{
    private readonly struct ByKey(int[] keys) : IComparer<int>
    {
        public int Compare(int x, int y) => keys[x].CompareTo(keys[y]);
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

    [Test]
    public void Sort_ScratchTooSmall_Throws() =>
        Assert.Throws<ArgumentException>(() => StableSort.Sort(new int[5], new int[4], new ByKey(new int[5])));
}

using Metaheuristics.MultiObjective;
using Metaheuristics.Randomness;

namespace Metaheuristics.Tests.MultiObjective;

public sealed class NonDominatedSortingTests
{
    [TestCase(2)]
    [TestCase(3)]
    [TestCase(5)]
    public void Sort_ThousandsOfRandomSetsWithTiesAndDuplicates_EqualsTheNaiveSort(int objectives)
    {
        var sorting = new NonDominatedSorting(120);
        for (int trial = 0; trial < 2000; trial++)
        {
            var random = RandomStream.Create(7, StreamPurpose.Sampling, objectives, trial);
            int n = random.NextInt(1, 120);
            // Few distinct values make ties and exact duplicates common; some trials use continuous values.
            int levels = trial % 3 == 0 ? 1000 : random.NextInt(1, 6);
            var matrix = new double[n * objectives];
            for (int i = 0; i < matrix.Length; i++)
            {
                matrix[i] = random.NextInt(levels);
            }
            if (trial % 5 == 0 && n > 1)
            {
                matrix.AsSpan(0, objectives).CopyTo(matrix.AsSpan(objectives, objectives));
            }
            // Sort a shuffled subset of rows, so positions and rows differ.
            int[] rows = Enumerable.Range(0, n).ToArray();
            random.Shuffle(rows.AsSpan());
            var fast = new int[n];
            var naive = new int[n];
            int fastFronts = sorting.Sort(matrix, objectives, rows, fast);
            int naiveFronts = NonDominatedSorting.SortNaive(matrix, objectives, rows, naive);
            Assert.That(fast, Is.EqualTo(naive), $"trial {trial}, n = {n}");
            Assert.That(fastFronts, Is.EqualTo(naiveFronts));
        }
    }

    [Test]
    public void Sort_AllIdenticalPoints_OneFront()
    {
        var matrix = new double[] { 1, 2, 1, 2, 1, 2, 1, 2 };
        var ranks = new int[4];
        int fronts = new NonDominatedSorting(4).Sort(matrix, 2, [0, 1, 2, 3], ranks);
        Assert.That(fronts, Is.EqualTo(1));
        Assert.That(ranks, Has.All.Zero);
    }

    [Test]
    public void Sort_Chain_OneFrontPerPoint()
    {
        var matrix = new double[] { 3, 3, 3, 1, 1, 1, 2, 2, 2 };
        var ranks = new int[3];
        int fronts = new NonDominatedSorting(3).Sort(matrix, 3, [0, 1, 2], ranks);
        Assert.That(fronts, Is.EqualTo(3));
        Assert.That(ranks, Is.EqualTo(new[] { 2, 0, 1 }));
    }
}

using Metaheuristics.MultiObjective;
using Metaheuristics.Randomness;

namespace Metaheuristics.Tests.MultiObjective;

public sealed class CrowdingDistanceTests
{
    [Test]
    public void Compute_FourPointFront_HandComputedDistances()
    {
        // (0, 4), (1, 2), (2, 1), (4, 0): both ranges are 4; (1, 2) has gaps 2/4 in f₁ and 3/4 in f₂, (2, 1) 3/4 and 2/4.
        double[] matrix = [2, 1, 0, 4, 4, 0, 1, 2];
        var distances = new double[4];
        new CrowdingDistance(4).Compute(matrix, 2, [0, 1, 2, 3], distances);
        Assert.That(distances, Is.EqualTo(new[] { 1.25, double.PositiveInfinity, double.PositiveInfinity, 1.25 }));
    }

    // The form that starts from the non-dominated sort's order must give the sorting form's distances bit for bit,
    // duplicates and ties included (they decide which duplicate gets the infinite extreme).
    [TestCase(2)]
    [TestCase(3)]
    public void Compute_FromTheSortsLexicographicOrder_EqualsTheSortingFormBitForBit(int objectives)
    {
        var sorting = new NonDominatedSorting(150);
        var crowding = new CrowdingDistance(150);
        for (int trial = 0; trial < 1000; trial++)
        {
            var random = RandomStream.Create(11, StreamPurpose.Sampling, objectives, trial);
            int n = random.NextInt(1, 150);
            int levels = trial % 3 == 0 ? 1_000_000 : random.NextInt(1, 8);
            var matrix = new double[n * objectives];
            for (int i = 0; i < matrix.Length; i++)
            {
                matrix[i] = random.NextInt(levels) / 7.0;
            }
            int[] rows = Enumerable.Range(0, n).ToArray();
            random.Shuffle(rows.AsSpan());
            var ranks = new int[n];
            int fronts = sorting.Sort(matrix, objectives, rows, ranks);
            int[] lexicographic = sorting.LexicographicOrder.ToArray();
            for (int rank = 0; rank < fronts; rank++)
            {
                // The front in position order, and its lexicographic order as positions into it, ties reversed.
                int[] positions = Enumerable.Range(0, n).Where(p => ranks[p] == rank).ToArray();
                int[] front = positions.Select(p => rows[p]).ToArray();
                int[] order = lexicographic.Where(p => ranks[p] == rank).Select(p => Array.IndexOf(positions, p)).ToArray();
                ReverseTies(order, front, matrix, objectives);
                var expected = new double[front.Length];
                var actual = new double[front.Length];
                crowding.Compute(matrix, objectives, front, expected);
                crowding.Compute(matrix, objectives, front, order, actual);
                Assert.That(actual, Is.EqualTo(expected), $"trial {trial}, front {rank}");
            }
        }
    }

    [Test]
    public void Compute_FromAnOrderOfPointsThatAreNoFront_FallsBackToSorting()
    {
        // (0, 0) dominates the rest, so f₂ does not fall along the lexicographic order.
        double[] matrix = [0, 0, 1, 3, 2, 1, 3, 2];
        var expected = new double[4];
        var actual = new double[4];
        var crowding = new CrowdingDistance(4);
        crowding.Compute(matrix, 2, [0, 1, 2, 3], expected);
        crowding.Compute(matrix, 2, [0, 1, 2, 3], [0, 1, 2, 3], actual);
        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void Compute_OrderOfTheWrongLength_Throws()
    {
        var crowding = new CrowdingDistance(4);
        Assert.Throws<ArgumentException>(() => crowding.Compute(new double[8], 2, [0, 1, 2, 3], [0, 1], new double[4]));
    }

    private static void ReverseTies(int[] order, int[] front, double[] matrix, int m)
    {
        for (int start = 0; start < order.Length;)
        {
            int end = start + 1;
            while (end < order.Length && matrix.AsSpan(front[order[end]] * m, m).SequenceEqual(matrix.AsSpan(front[order[start]] * m, m)))
            {
                end++;
            }
            Array.Reverse(order, start, end - start);
            start = end;
        }
    }
}

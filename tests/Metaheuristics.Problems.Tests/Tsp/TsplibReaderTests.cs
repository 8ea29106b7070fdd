using Metaheuristics.Problems.Tsp;

namespace Metaheuristics.Problems.Tests.Tsp;

public sealed class TsplibReaderTests
{
    // TSPLIB's berlin52.opt.tour (1-based).
    private static readonly int[] Berlin52OptimalTour =
    [
        1, 49, 32, 45, 19, 41, 8, 9, 10, 43, 33, 51, 11, 52, 14, 13, 47, 26, 27, 28, 12, 25, 4, 6, 15, 5, 24, 48, 38, 37,
        40, 39, 36, 35, 34, 44, 46, 16, 29, 50, 20, 23, 30, 2, 7, 42, 21, 17, 3, 18, 31, 22,
    ];

    [Test]
    public void TourLength_Berlin52OptimalTour_Is7542()
    {
        TsplibInstance instance = KnownTsplibInstances.Load("berlin52");
        int[] tour = Array.ConvertAll(Berlin52OptimalTour, city => city - 1);
        Assert.That(Metaheuristics.Spaces.SearchSpace.IsPermutationOf(tour), Is.True);
        Assert.That(instance.TourLength(tour), Is.EqualTo(7542));
    }

    [Test]
    public void Load_EveryShippedInstance_HasItsDimensionAndAnOptimum()
    {
        var dimensions = new Dictionary<string, int> { ["berlin52"] = 52, ["eil51"] = 51, ["kroa100"] = 100, ["ch150"] = 150, ["a280"] = 280 };
        foreach (string id in KnownTsplibInstances.Ids)
        {
            TsplibInstance instance = KnownTsplibInstances.Load(id);
            Assert.That(instance.Dimension, Is.EqualTo(dimensions[id]));
            Assert.That(instance.X, Has.Count.EqualTo(instance.Dimension));
            Assert.That(KnownTsplibInstances.OptimalLength(id), Is.Positive);
            // The identity tour is a valid tour, so it is never shorter than the optimum.
            int[] identity = Enumerable.Range(0, instance.Dimension).ToArray();
            Assert.That(instance.TourLength(identity), Is.GreaterThanOrEqualTo(KnownTsplibInstances.OptimalLength(id)));
        }
    }

    [Test]
    public void Distance_Berlin52FirstPair_IsRoundedEuclidean()
    {
        // Nodes 1 (565, 575) and 2 (25, 185): √(540² + 390²) = 666.108… → 666.
        Assert.That(KnownTsplibInstances.Load("berlin52").Distance(0, 1), Is.EqualTo(666));
    }

    [TestCase(EdgeWeightType.Euclidean2D, 0, 0, 3, 4.4, 5)]    // √(9 + 19.36) = 5.325 → 5
    [TestCase(EdgeWeightType.Euclidean2D, 0, 0, 3, 4.5, 5)]    // 5.408 → 5
    [TestCase(EdgeWeightType.Euclidean2D, 0, 0, 3, 4.7, 6)]    // 5.576 → 6
    [TestCase(EdgeWeightType.Ceiling2D, 0, 0, 3, 4.1, 6)]      // 5.08 → 6
    [TestCase(EdgeWeightType.Ceiling2D, 0, 0, 3, 4, 5)]        // exactly 5
    [TestCase(EdgeWeightType.Att, 0, 0, 10, 0, 4)]             // √10 = 3.162: nint 3 < r → 4
    [TestCase(EdgeWeightType.Att, 0, 0, 0, 20, 7)]             // √40 = 6.325: nint 6 < r → 7
    [TestCase(EdgeWeightType.Att, 0, 0, 30, 40, 16)]           // √250 = 15.81: nint 16 ≥ r → 16
    public void Distance_HandCheckedPairs(EdgeWeightType type, double x1, double y1, double x2, double y2, int expected) =>
        Assert.That(TsplibReader.Distance(type, x1, y1, x2, y2), Is.EqualTo(expected));

    [Test]
    public void Geo_Burma14_HeldKarpOptimumIsThePublished3323()
    {
        const string burma14 = """
            NAME: burma14
            TYPE: TSP
            DIMENSION: 14
            EDGE_WEIGHT_TYPE: GEO
            NODE_COORD_SECTION
               1  16.47       96.10
               2  16.47       94.44
               3  20.09       92.54
               4  22.39       93.37
               5  25.23       97.24
               6  22.00       96.05
               7  20.47       97.02
               8  17.20       96.29
               9  16.30       97.38
              10  14.05       98.12
              11  16.53       97.38
              12  21.52       95.59
              13  19.41       97.13
              14  20.09       94.55
            EOF
            """;
        TsplibInstance instance = TsplibReader.Parse(new StringReader(burma14));
        Assert.That(HeldKarp(instance), Is.EqualTo(3323));
    }

    [Test]
    public void Parse_EveryExplicitLayout_GivesTheSameMatrix()
    {
        int[,] matrix = { { 0, 3, 4, 2, 7 }, { 3, 0, 4, 6, 3 }, { 4, 4, 0, 5, 8 }, { 2, 6, 5, 0, 6 }, { 7, 3, 8, 6, 0 } };
        var layouts = new Dictionary<string, Func<int, int, bool>>
        {
            ["FULL_MATRIX"] = (_, _) => true,
            ["UPPER_ROW"] = (i, j) => j > i,
            ["LOWER_ROW"] = (i, j) => j < i,
            ["UPPER_DIAG_ROW"] = (i, j) => j >= i,
            ["LOWER_DIAG_ROW"] = (i, j) => j <= i,
        };
        foreach ((string layout, Func<int, int, bool> include) in layouts)
        {
            var weights = new List<int>();
            for (int i = 0; i < 5; i++)
            {
                for (int j = 0; j < 5; j++)
                {
                    if (include(i, j))
                    {
                        weights.Add(matrix[i, j]);
                    }
                }
            }
            string text = $"NAME : tiny\nTYPE : TSP\nDIMENSION : 5\nEDGE_WEIGHT_TYPE : EXPLICIT\nEDGE_WEIGHT_FORMAT : {layout}\nEDGE_WEIGHT_SECTION\n {string.Join(" ", weights)}\nEOF\n";
            TsplibInstance instance = TsplibReader.Parse(new StringReader(text));
            for (int i = 0; i < 5; i++)
            {
                for (int j = 0; j < 5; j++)
                {
                    Assert.That(instance.Distance(i, j), Is.EqualTo(matrix[i, j]), $"{layout} ({i}, {j})");
                }
            }
        }
    }

    [TestCase("NAME: x\nTYPE: TSP\nEDGE_WEIGHT_TYPE: EUC_2D\nNODE_COORD_SECTION\n1 0 0\n2 1 1\nEOF\n", "DIMENSION")]
    [TestCase("NAME: x\nTYPE: TSP\nDIMENSION: 3\nEDGE_WEIGHT_TYPE: EUC_2D\nNODE_COORD_SECTION\n1 0 0\n2 1 1\nEOF\n", "3 but 2 node lines")]
    [TestCase("NAME: x\nTYPE: ATSP\nDIMENSION: 2\nEDGE_WEIGHT_TYPE: EUC_2D\nEOF\n", "only symmetric")]
    [TestCase("NAME: x\nTYPE: TSP\nDIMENSION: 2\nEDGE_WEIGHT_TYPE: MAN_3D\nEOF\n", "MAN_3D")]
    [TestCase("NAME: x\nTYPE: TSP\nDIMENSION: 2\nEDGE_WEIGHT_TYPE: EUC_2D\nNODE_COORD_SECTION\n1 0 zero\n2 1 1\nEOF\n", "line 6")]
    [TestCase("NAME: x\nTYPE: TSP\nDIMENSION: 3\nEDGE_WEIGHT_TYPE: EXPLICIT\nEDGE_WEIGHT_FORMAT: UPPER_ROW\nEDGE_WEIGHT_SECTION\n1 2\nEOF\n", "needs 3 weights")]
    public void Parse_BrokenFile_ErrorSaysWhatIsWrong(string text, string expected)
    {
        var error = Assert.Throws<TsplibFormatException>(() => TsplibReader.Parse(new StringReader(text), "broken.tsp"));
        Assert.That(error!.Message, Does.Contain(expected));
    }

    private static long HeldKarp(TsplibInstance instance)
    {
        int n = instance.Dimension;
        int subsets = 1 << (n - 1);
        var cost = new long[subsets, n];
        for (int s = 0; s < subsets; s++)
        {
            for (int j = 0; j < n; j++)
            {
                cost[s, j] = long.MaxValue / 4;
            }
        }
        for (int j = 1; j < n; j++)
        {
            cost[1 << (j - 1), j] = instance.Distance(0, j);
        }
        for (int s = 1; s < subsets; s++)
        {
            for (int j = 1; j < n; j++)
            {
                if ((s & (1 << (j - 1))) == 0 || cost[s, j] >= long.MaxValue / 4)
                {
                    continue;
                }
                for (int k = 1; k < n; k++)
                {
                    if ((s & (1 << (k - 1))) != 0)
                    {
                        continue;
                    }
                    int next = s | (1 << (k - 1));
                    cost[next, k] = Math.Min(cost[next, k], cost[s, j] + instance.Distance(j, k));
                }
            }
        }
        long best = long.MaxValue;
        for (int j = 1; j < n; j++)
        {
            best = Math.Min(best, cost[subsets - 1, j] + instance.Distance(j, 0));
        }
        return best;
    }
}

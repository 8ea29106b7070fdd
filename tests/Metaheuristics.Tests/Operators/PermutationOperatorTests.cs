using Metaheuristics.Operators.Crossover;
using Metaheuristics.Operators.Mutation;
using Metaheuristics.Randomness;
using Metaheuristics.Spaces;

namespace Metaheuristics.Tests.Operators;

public sealed class PermutationOperatorTests
{
    private static IEnumerable<IPermutationCrossover> Crossovers() =>
        [new OrderCrossover(), new OrderBasedCrossover(), new PartiallyMappedCrossover(), new CycleCrossover(),
         new PositionBasedCrossover(), new AlternatingPositionCrossover(), new EdgeRecombinationCrossover(),
         new InverOverCrossover(), new InverOverCrossover(0), new InverOverCrossover(1)];

    // Inver-over with random edges changes a tour even when both parents are that tour.
    private static IEnumerable<IPermutationCrossover> FaithfulCrossovers() =>
        Crossovers().Where(c => c is not InverOverCrossover { RandomEdgeProbability: > 0 });

    private static IEnumerable<PermutationMove> Moves() => Enum.GetValues<PermutationMove>();

    private static int[] RandomPermutation(int n, ref RandomStream random)
    {
        int[] values = Enumerable.Range(0, n).ToArray();
        random.Shuffle(values.AsSpan());
        return values;
    }

    [TestCaseSource(nameof(Crossovers))]
    public void Cross_RandomPermutationParents_ChildrenArePermutations(IPermutationCrossover crossover)
    {
        foreach (int n in new[] { 2, 3, 7, 52, 150 })
        {
            var workspace = new PermutationWorkspace(n);
            var child1 = new int[n];
            var child2 = new int[n];
            for (int trial = 0; trial < 300; trial++)
            {
                var random = RandomStream.Create(1, StreamPurpose.Crossover, n, trial);
                int[] parent1 = RandomPermutation(n, ref random);
                int[] parent2 = RandomPermutation(n, ref random);
                crossover.Cross(parent1, parent2, child1, child2, workspace, ref random);
                Assert.That(SearchSpace.IsPermutationOf(child1) && SearchSpace.IsPermutationOf(child2), Is.True, $"{crossover.GetType().Name}, n = {n}, trial {trial}");
            }
        }
    }

    [TestCaseSource(nameof(FaithfulCrossovers))]
    public void Cross_IdenticalParents_ChildrenAreTheParentsTour(IPermutationCrossover crossover)
    {
        var random = RandomStream.Create(2, StreamPurpose.Crossover, 0, 0);
        int[] parent = RandomPermutation(30, ref random);
        var child1 = new int[30];
        var child2 = new int[30];
        crossover.Cross(parent, parent, child1, child2, new PermutationWorkspace(30), ref random);
        if (crossover is EdgeRecombinationCrossover)
        {
            // ERX copies edges, not positions: the same tour, possibly walked the other way.
            Assert.That(Edges(child1), Is.EquivalentTo(Edges(parent)));
            Assert.That(Edges(child2), Is.EquivalentTo(Edges(parent)));
            return;
        }
        Assert.That(child1, Is.EqualTo(parent));
        Assert.That(child2, Is.EqualTo(parent));
    }

    private static HashSet<(int, int)> Edges(int[] tour)
    {
        var edges = new HashSet<(int, int)>();
        for (int i = 0; i < tour.Length; i++)
        {
            int a = tour[i], b = tour[(i + 1) % tour.Length];
            edges.Add((Math.Min(a, b), Math.Max(a, b)));
        }
        return edges;
    }

    [TestCaseSource(nameof(Crossovers))]
    public void Cross_SameStream_SameChildren(IPermutationCrossover crossover)
    {
        var setup = RandomStream.Create(3, StreamPurpose.Sampling, 0, 0);
        int[] parent1 = RandomPermutation(40, ref setup);
        int[] parent2 = RandomPermutation(40, ref setup);
        var a = new int[40];
        var b = new int[40];
        var c = new int[40];
        var d = new int[40];
        var first = RandomStream.Create(9, StreamPurpose.Crossover, 1, 1);
        var second = RandomStream.Create(9, StreamPurpose.Crossover, 1, 1);
        crossover.Cross(parent1, parent2, a, b, new PermutationWorkspace(40), ref first);
        crossover.Cross(parent1, parent2, c, d, new PermutationWorkspace(40), ref second);
        Assert.That((a, b), Is.EqualTo((c, d)));
    }

    [Test]
    public void EdgeRecombination_Children_InheritMostlyParentEdges()
    {
        const int N = 100;
        int foreign = 0, total = 0;
        var workspace = new PermutationWorkspace(N);
        var child1 = new int[N];
        var child2 = new int[N];
        for (int trial = 0; trial < 50; trial++)
        {
            var random = RandomStream.Create(4, StreamPurpose.Crossover, 0, trial);
            int[] parent1 = RandomPermutation(N, ref random);
            int[] parent2 = RandomPermutation(N, ref random);
            new EdgeRecombinationCrossover().Cross(parent1, parent2, child1, child2, workspace, ref random);
            HashSet<(int, int)> inherited = Edges(parent1);
            inherited.UnionWith(Edges(parent2));
            foreach ((int, int) edge in Edges(child1))
            {
                foreign += inherited.Contains(edge) ? 0 : 1;
                total++;
            }
        }
        // ERX's published foreign-edge rate on random parents is a few percent.
        Assert.That(foreign / (double)total, Is.LessThan(0.1));
    }

    [Test]
    public void InverOver_Children_TakeManyOfTheMatesEdges()
    {
        const int N = 100;
        double parentShare = 0, childShare = 0;
        var workspace = new PermutationWorkspace(N);
        var child1 = new int[N];
        var child2 = new int[N];
        for (int trial = 0; trial < 50; trial++)
        {
            var random = RandomStream.Create(7, StreamPurpose.Crossover, 0, trial);
            int[] parent1 = RandomPermutation(N, ref random);
            int[] parent2 = RandomPermutation(N, ref random);
            new InverOverCrossover(0).Cross(parent1, parent2, child1, child2, workspace, ref random);
            HashSet<(int, int)> mateEdges = Edges(parent2);
            parentShare += Edges(parent1).Count(mateEdges.Contains);
            childShare += Edges(child1).Count(mateEdges.Contains);
        }
        // Two random tours of 100 cities share about 2 edges; each inversion of the chain brings in one of the mate's.
        Assert.That(parentShare / 50, Is.LessThan(4));
        Assert.That(childShare / 50, Is.GreaterThan(20));
    }

    [Test]
    public void InverOver_ProbabilityOutsideTheUnitInterval_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new InverOverCrossover(-0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new InverOverCrossover(double.NaN));
    }

    [TestCaseSource(nameof(Moves))]
    public void Mutate_EveryMove_KeepsAPermutationAndChangesIt(PermutationMove move)
    {
        var mutation = new PermutationMoveMutation(move);
        int changed = 0;
        for (int trial = 0; trial < 500; trial++)
        {
            var random = RandomStream.Create(5, StreamPurpose.Mutation, 0, trial);
            int[] tour = RandomPermutation(20, ref random);
            int[] before = [.. tour];
            mutation.Mutate(tour, 1.0 / 20, ref random);
            Assert.That(SearchSpace.IsPermutationOf(tour), Is.True, $"{move}, trial {trial}");
            changed += tour.SequenceEqual(before) ? 0 : 1;
        }
        Assert.That(changed, Is.GreaterThan(move == PermutationMove.Scramble ? 350 : 450), "one move per child at rate 1/n");
    }

    [TestCase(PermutationMove.Swap, new[] { 0, 1, 2, 3, 4, 5 })]
    [TestCase(PermutationMove.Inversion, new[] { 0, 1, 2, 3, 4, 5 })]
    public void Mutate_ZeroRate_ChangesNothing(PermutationMove move, int[] tour)
    {
        var random = RandomStream.Create(6, StreamPurpose.Mutation, 0, 0);
        int[] before = [.. tour];
        new PermutationMoveMutation(move).Mutate(tour, 0, ref random);
        Assert.That(tour, Is.EqualTo(before));
    }
}

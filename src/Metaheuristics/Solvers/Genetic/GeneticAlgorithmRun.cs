using Metaheuristics.Operators;
using Metaheuristics.Operators.Selection;
using Metaheuristics.Populations;
using Metaheuristics.Problems;
using Metaheuristics.Randomness;
using Metaheuristics.Sorting;
using Metaheuristics.Spaces;

namespace Metaheuristics.Solvers.Genetic;

/// <summary>
/// The run of <see cref="GeneticAlgorithm"/>. Rows 0..μ−1 hold the parents, kept sorted best first; rows μ.. hold the
/// offspring. Every buffer is allocated here, once: breeding and survival allocate nothing per child.
/// </summary>
internal sealed class GeneticAlgorithmRun : ISolverRun
{
    private readonly ProblemSpec _spec;
    private readonly GeneticAlgorithmOptions _options;
    private readonly Replacement _replacement;
    private readonly ulong _seed;
    private readonly int _parents;
    private readonly int _offspring;
    private Population _population;
    private Population _survivors;
    private RowRanking _ranking;
    private readonly int[] _order;
    private readonly int[] _sortScratch;
    private readonly int[] _chosen;
    private readonly int[] _mates;
    private readonly int[] _next;
    private readonly double[] _weights;
    private readonly Breeder _breeder;
    private bool _initialized;

    public GeneticAlgorithmRun(ProblemSpec spec, GeneticAlgorithmOptions options, ulong seed, long? evaluationBudget)
    {
        _spec = spec;
        _options = options;
        _seed = seed;
        GeneticSettings settings = options.Resolve(spec.Space, evaluationBudget);
        _parents = settings.Population;
        _offspring = settings.Offspring;
        _replacement = settings.Replacement;
        int pairs = (_offspring + 1) / 2;
        // One spare row when λ is odd: the second child of the last pair is bred but never evaluated.
        _population = new Population(spec, _parents + 2 * pairs);
        _survivors = new Population(spec, _parents + 2 * pairs);
        _ranking = new RowRanking(_population);
        _order = new int[_parents + 2 * pairs];
        _sortScratch = new int[_parents + 2 * pairs];
        _chosen = new int[2 * pairs];
        _mates = new int[pairs];
        _next = new int[_parents];
        _weights = new double[_parents];

        _breeder = new Breeder(spec.Space, settings.Operators, seed);
    }

    public int Generation { get; private set; }

    public bool IsFinished => false;

    public EvaluationBatch Ask()
    {
        if (!_initialized)
        {
            for (int row = 0; row < _parents; row++)
            {
                var random = RandomStream.Create(_seed, StreamPurpose.Sampling, Generation, row);
                _spec.Space.Sample(_population.MutableGenomeOf(row), ref random);
            }
            return new EvaluationBatch(_population, 0, _parents);
        }
        Breed();
        return new EvaluationBatch(_population, _parents, _offspring);
    }

    public void Tell(EvaluationBatch evaluated)
    {
        if (!_initialized)
        {
            KeepBest(_parents, _parents);
            _initialized = true;
        }
        else
        {
            Survive();
        }
        Generation++;
    }

    private void Breed()
    {
        var selectionRandom = RandomStream.Create(_seed, StreamPurpose.Selection, Generation, 0);
        if (_replacement == Replacement.ParentChild)
        {
            PairWithSelectedMates(ref selectionRandom);
        }
        else
        {
            Select(_chosen, ref selectionRandom);
        }
        for (int pair = 0; pair < _chosen.Length / 2; pair++)
        {
            int child1 = _parents + 2 * pair;
            _breeder.Breed(_population, _chosen[2 * pair], _chosen[2 * pair + 1], child1, child1 + 1, Generation, pair);
        }
    }

    /// <summary>
    /// Pairs for <see cref="Replacement.ParentChild"/>: pair p is a parent drawn without replacement (while parents
    /// last) and a mate the selection picks, and child i duels parent <c>_chosen[i]</c>.
    /// </summary>
    private void PairWithSelectedMates(ref RandomStream random)
    {
        Span<int> leaders = _order.AsSpan(0, _parents);
        for (int i = 0; i < _parents; i++)
        {
            leaders[i] = i;
        }
        random.Shuffle(leaders);
        Select(_mates, ref random);
        for (int pair = 0; pair < _mates.Length; pair++)
        {
            _chosen[2 * pair] = leaders[pair % _parents];
            _chosen[2 * pair + 1] = _mates[pair];
        }
    }

    private void Select(Span<int> chosen, ref RandomStream random)
    {
        ComputeWeights();
        _options.Selection.Select(new SelectionPool(_parents, _weights), chosen, ref random);
    }

    /// <summary>
    /// Fitness-proportional weights by rank for roulette-style selections: (worst f − f) plus a small floor for the
    /// parents at the best constraint level (penalized f; the feasible ones under feasibility rules), the floor alone for
    /// the others; by rank alone when the level-0 parents are none.
    /// </summary>
    private void ComputeWeights()
    {
        double best = double.PositiveInfinity, worst = double.NegativeInfinity;
        for (int row = 0; row < _parents; row++)
        {
            if (IsAtBestLevel(row))
            {
                double f = _population.PenalizedObjective(row, 0);
                best = Math.Min(best, f);
                worst = Math.Max(worst, f);
            }
        }
        if (!double.IsFinite(best) || !double.IsFinite(worst))
        {
            for (int row = 0; row < _parents; row++)
            {
                _weights[row] = _parents - row;
            }
            return;
        }
        double floor = Math.Max(1e-12, 1e-3 * (worst - best));
        for (int row = 0; row < _parents; row++)
        {
            _weights[row] = IsAtBestLevel(row) ? worst - _population.PenalizedObjective(row, 0) + floor : floor;
        }
    }

    private bool IsAtBestLevel(int row) => _population.Status[row] == RowStatus.Evaluated && _population.Level[row] == 0;

    private void Survive()
    {
        int children = _offspring;
        if (_replacement == Replacement.ParentChild)
        {
            // Each child takes its parent's place when at least as good as whoever holds it by then (a parent picked twice
            // as mate meets two children); ties move, so plateaus are crossed.
            Span<int> winners = _next;
            for (int i = 0; i < _parents; i++)
            {
                winners[i] = i;
            }
            for (int i = 0; i < children; i++)
            {
                int parent = _chosen[i], child = _parents + i;
                if (!RowRanking.IsBetter(_population, winners[parent], child))
                {
                    winners[parent] = child;
                }
            }
            StableSort.Sort(winners, _sortScratch, _ranking);
            Gather(winners);
            return;
        }
        if (_replacement != Replacement.Generational)
        {
            KeepBest(_parents + children, _parents);
            return;
        }
        // Generational: the elites stay, the best offspring fill the rest, and parents fill in if λ is too small.
        Span<int> offspring = _order.AsSpan(0, children);
        for (int i = 0; i < children; i++)
        {
            offspring[i] = _parents + i;
        }
        StableSort.Sort(offspring, _sortScratch, _ranking);
        int elites = _options.EliteCount;
        int taken = Math.Min(children, _parents - elites);
        Span<int> next = _next;
        offspring[..taken].CopyTo(next[elites..]);
        for (int i = 0; i < elites; i++)
        {
            next[i] = i;
        }
        for (int i = elites + taken, parent = elites; i < _parents; i++, parent++)
        {
            next[i] = parent;
        }
        StableSort.Sort(next, _sortScratch, _ranking);
        Gather(next);
    }

    /// <summary>
    /// Sorts rows 0..<paramref name="rows"/>−1 and keeps the best <paramref name="keep"/> as the parents, best first.
    /// A row identical to the one kept just before it (same score, same genes) goes to the back, so copies of one
    /// good candidate cannot crowd out the population's diversity (as pymoo's duplicate elimination does).
    /// </summary>
    private void KeepBest(int rows, int keep)
    {
        Span<int> order = _order.AsSpan(0, rows);
        for (int i = 0; i < rows; i++)
        {
            order[i] = i;
        }
        StableSort.Sort(order, _sortScratch, _ranking);
        Span<int> next = _next;
        int kept = 0, duplicates = 0;
        for (int i = 0; i < rows && kept < keep; i++)
        {
            int row = order[i];
            if (kept > 0 && IsDuplicate(next[kept - 1], row))
            {
                order[duplicates++] = row;
                continue;
            }
            next[kept++] = row;
        }
        for (int i = 0; kept < keep; i++)
        {
            next[kept++] = order[i];
        }
        Gather(next[..keep]);
    }

    private bool IsDuplicate(int a, int b) =>
        _population.Level[a] == _population.Level[b]
        && _population.PenalizedObjective(a, 0) == _population.PenalizedObjective(b, 0)
        && _population.RealsOf(a).SequenceEqual(_population.RealsOf(b))
        && _population.IntegersOf(a).SequenceEqual(_population.IntegersOf(b))
        && _population.BitsOf(a).SequenceEqual(_population.BitsOf(b));

    private void Gather(ReadOnlySpan<int> rows)
    {
        // The survivors go to the spare population, which then becomes the current one: one copy per survivor.
        for (int i = 0; i < rows.Length; i++)
        {
            _population.CopyRow(rows[i], _survivors, i);
        }
        (_population, _survivors) = (_survivors, _population);
        _ranking = new RowRanking(_population);
    }
}

using Metaheuristics.MultiObjective;
using Metaheuristics.Operators;
using Metaheuristics.Populations;
using Metaheuristics.Problems;
using Metaheuristics.Randomness;
using Metaheuristics.Sorting;

namespace Metaheuristics.Solvers.Nsga2;

/// <summary>
/// The run of <see cref="Nsga2Solver"/>: rows 0..N−1 are the parents (with their rank and crowding), rows N.. the
/// offspring. Ranking, crowding and survival work in arrays allocated here.
/// </summary>
internal sealed class Nsga2Run : ISolverRun, IProvidesFront
{
    private readonly ProblemSpec _spec;
    private readonly Nsga2Options _options;
    private readonly ulong _seed;
    private readonly int _parents;
    private readonly int _offspring;
    private Population _population;
    private Population _spare;
    private readonly Breeder _breeder;
    private readonly NonDominatedSorting _sorting;
    private readonly CrowdingDistance _crowding;
    private readonly int[] _rank;
    private readonly double[] _distance;
    private readonly int[] _rows;
    private readonly int[] _positionRanks;
    private readonly int[] _feasible;
    private readonly int[] _infeasible;
    private readonly int[] _byRank;
    private readonly int[] _scratch;
    private readonly int[] _frontStarts;
    private readonly int[] _front;
    private readonly double[] _frontDistances;
    private readonly double[] _crowdingKeys;
    private readonly int[] _chosen;
    private readonly int[] _shuffled;
    private readonly int[] _next;
    private readonly int[] _firstFront;
    private readonly int[] _slots;
    private readonly int[] _lexicographic;
    private readonly int[] _cutOrders;
    private readonly int[] _nextRanks;
    private readonly double[] _nextDistances;
    private readonly CrowdingPruning? _pruning;
    private readonly int[] _kept;
    private double[]? _penalized;
    private bool _rankedPenalized;
    private int _sortedFronts;
    private int _firstFrontSize;
    private bool _initialized;

    public Nsga2Run(ProblemSpec spec, Nsga2Options options, ulong seed)
    {
        _spec = spec;
        _options = options;
        _seed = seed;
        _parents = options.PopulationSize;
        _offspring = options.PopulationSize;
        int pairs = (_offspring + 1) / 2;
        int capacity = _parents + 2 * pairs;
        _population = new Population(spec, capacity);
        _spare = new Population(spec, capacity);
        _breeder = new Breeder(spec.Space, options.ToBreedingOperators(), seed);
        int pool = _parents + _offspring;
        _sorting = new NonDominatedSorting(pool);
        _crowding = new CrowdingDistance(pool);
        _rank = new int[capacity];
        _distance = new double[capacity];
        _rows = new int[pool];
        _positionRanks = new int[pool];
        _feasible = new int[pool];
        _infeasible = new int[pool];
        _byRank = new int[pool];
        _scratch = new int[pool];
        _frontStarts = new int[pool + 1];
        _front = new int[pool];
        _frontDistances = new double[pool];
        _crowdingKeys = new double[pool];
        _chosen = new int[2 * pairs];
        _shuffled = new int[_parents];
        _next = new int[_parents];
        _firstFront = new int[pool];
        _slots = new int[capacity];
        _lexicographic = new int[pool];
        _cutOrders = new int[_parents * spec.ObjectiveCount];
        _nextRanks = new int[_parents];
        _nextDistances = new double[_parents];
        _pruning = options.Truncation == CrowdingTruncation.Iterative ? new CrowdingPruning(pool) : null;
        _kept = _pruning is null ? [] : new int[_parents];
    }

    public int Generation { get; private set; }

    public bool IsFinished => false;

    public bool ProvidesFront => !_options.UseArchive;

    public Population FrontPopulation => _population;

    public ReadOnlySpan<int> FrontRows => _firstFront.AsSpan(0, _firstFrontSize);

    public bool FrontChanged { get; private set; }

    public EvaluationBatch Ask()
    {
        if (!_initialized)
        {
            for (int row = 0; row < _parents; row++)
            {
                var random = RandomStream.Create(_seed, StreamPurpose.Sampling, 0, row);
                _spec.Space.Sample(_population.MutableGenomeOf(row), ref random);
            }
            return new EvaluationBatch(_population, 0, _parents);
        }
        SelectParents();
        for (int pair = 0; pair < _chosen.Length / 2; pair++)
        {
            int child1 = _parents + 2 * pair;
            _breeder.Breed(_population, _chosen[2 * pair], _chosen[2 * pair + 1], child1, child1 + 1, Generation, pair);
        }
        return new EvaluationBatch(_population, _parents, _offspring);
    }

    public void Tell(EvaluationBatch evaluated)
    {
        FrontChanged = !_initialized;
        if (_initialized)
        {
            Survive();
        }
        else
        {
            Rank(_parents, _parents);
        }
        _initialized = true;
        Generation++;
    }

    /// <summary>
    /// Deb's binary tournaments: the parents are shuffled and paired off, so each one enters the same number of
    /// tournaments (twice per generation when λ = N); a fresh shuffle whenever one runs out.
    /// </summary>
    private void SelectParents()
    {
        var random = RandomStream.Create(_seed, StreamPurpose.Selection, Generation, 0);
        Span<int> shuffled = _shuffled;
        int used = shuffled.Length;
        for (int i = 0; i < _chosen.Length; i++)
        {
            if (used + 2 > shuffled.Length)
            {
                for (int k = 0; k < shuffled.Length; k++)
                {
                    shuffled[k] = k;
                }
                random.Shuffle(shuffled);
                used = 0;
            }
            int a = shuffled[used++], b = shuffled[used++];
            _chosen[i] = Wins(a, b, ref random) ? a : b;
        }
    }

    /// <summary>Crowded comparison: lower rank wins, then larger crowding distance, then a coin.</summary>
    private bool Wins(int a, int b, ref RandomStream random)
    {
        if (_rank[a] != _rank[b])
        {
            return _rank[a] < _rank[b];
        }
        if (_distance[a] != _distance[b])
        {
            return _distance[a] > _distance[b];
        }
        return random.NextBool();
    }

    /// <summary>
    /// Ranks rows 0..<paramref name="count"/>−1 by constrained domination (Deb 2000) generalized to the run's constraint
    /// handler, and computes each front's crowding: rows at level 0 (the feasible ones under the default feasibility
    /// rules) by non-dominated sorting of their penalized objectives; the others (and failed rows) after them, in fronts
    /// of equal level.
    /// </summary>
    /// <param name="count">The rows to rank.</param>
    /// <param name="crowded">Crowding is computed front by front until the fronts hold this many rows (the ones survival can pick from).</param>
    /// <returns>
    /// The rows ordered by front (each front in row order), in <c>_byRank</c>, and the number of fronts; for each of
    /// the first <c>_sortedFronts</c> (the non-dominated sort's), the positions of its rows in lexicographic order, in
    /// <c>_lexicographic</c> over the same span.
    /// </returns>
    private int Rank(int count, int crowded)
    {
        int feasible = 0, infeasible = 0;
        for (int row = 0; row < count; row++)
        {
            if (_population.Status[row] == RowStatus.Evaluated && _population.Level[row] == 0)
            {
                _feasible[feasible++] = row;
            }
            else
            {
                _infeasible[infeasible++] = row;
            }
        }
        int m = _population.ObjectiveCount;
        ReadOnlySpan<double> objectives = PenalizedObjectives(count);
        int fronts = _sorting.Sort(objectives, m, _feasible.AsSpan(0, feasible), _positionRanks);
        _sortedFronts = fronts;
        for (int i = 0; i < feasible; i++)
        {
            _rank[_feasible[i]] = _positionRanks[i];
        }
        Span<int> infeasibleRows = _infeasible.AsSpan(0, infeasible);
        StableSort.Sort(infeasibleRows, _scratch, new ByLevel(_population.Level));
        for (int i = 0; i < infeasible; i++)
        {
            bool newLevel = i == 0 || _population.Level[infeasibleRows[i]] != _population.Level[infeasibleRows[i - 1]];
            fronts += newLevel ? 1 : 0;
            _rank[infeasibleRows[i]] = fronts - 1;
        }

        // Counting sort of rows by rank (stable in row order), then crowding front by front.
        Span<int> byRank = _byRank.AsSpan(0, count);
        Span<int> starts = _frontStarts.AsSpan(0, fronts + 1);
        starts.Clear();
        for (int row = 0; row < count; row++)
        {
            starts[_rank[row] + 1]++;
        }
        for (int rank = 0; rank < fronts; rank++)
        {
            starts[rank + 1] += starts[rank];
        }
        Span<int> cursor = _scratch.AsSpan(0, fronts);
        starts[..fronts].CopyTo(cursor);
        for (int row = 0; row < count; row++)
        {
            byRank[cursor[_rank[row]]++] = row;
        }
        // Each sorted front's rows in the sort's lexicographic order, as positions into the front's span of byRank.
        for (int i = 0; i < count; i++)
        {
            _slots[byRank[i]] = i;
        }
        starts[.._sortedFronts].CopyTo(cursor);
        foreach (int position in _sorting.LexicographicOrder)
        {
            int row = _feasible[position], rank = _rank[row];
            _lexicographic[cursor[rank]++] = _slots[row] - starts[rank];
        }
        for (int rank = 0; rank < fronts && starts[rank] < crowded; rank++)
        {
            Range front = starts[rank]..starts[rank + 1];
            Crowd(objectives, byRank[front], rank < _sortedFronts ? _lexicographic.AsSpan(front) : []);
        }
        Span<int> firstFront = byRank[..starts[1]];
        firstFront.CopyTo(_firstFront);
        _firstFrontSize = firstFront.Length;
        return fronts;
    }

    /// <summary>
    /// Writes the crowding distance of each row of <paramref name="front"/>, taken in that order, into <c>_distance</c>;
    /// <paramref name="lexicographic"/> is the front's lexicographic order when known, else empty.
    /// </summary>
    private void Crowd(ReadOnlySpan<double> objectives, ReadOnlySpan<int> front, ReadOnlySpan<int> lexicographic)
    {
        _crowding.Compute(objectives, _population.ObjectiveCount, front, lexicographic, _frontDistances);
        KeepDistances(front);
    }

    /// <summary>Moves the distances just computed for <paramref name="front"/> (in its order) to its rows.</summary>
    private void KeepDistances(ReadOnlySpan<int> front)
    {
        for (int i = 0; i < front.Length; i++)
        {
            _distance[front[i]] = _frontDistances[i];
        }
    }

    /// <summary>
    /// The objective matrix the ranking sees: the raw one when no row of the pool carries a penalty (the default
    /// handler), else a copy with each row's penalty added to every objective, kept in a buffer allocated on first use.
    /// </summary>
    private ReadOnlySpan<double> PenalizedObjectives(int count)
    {
        ReadOnlySpan<double> penalties = _population.Penalty[..count];
        _rankedPenalized = penalties.ContainsAnyExcept(0.0);
        if (!_rankedPenalized)
        {
            return _population.ObjectiveMatrix;
        }
        int m = _population.ObjectiveCount;
        _penalized ??= new double[_population.Capacity * m];
        _population.ObjectiveMatrix.CopyTo(_penalized);
        for (int row = 0; row < count; row++)
        {
            Span<double> objectives = _penalized.AsSpan(row * m, m);
            for (int k = 0; k < m; k++)
            {
                objectives[k] += penalties[row];
            }
        }
        return _penalized;
    }

    /// <summary>The objective matrix the last ranking saw.</summary>
    private ReadOnlySpan<double> RankedObjectives => _rankedPenalized ? _penalized : _population.ObjectiveMatrix;

    /// <summary>
    /// (μ+λ) survival: whole fronts while they fit, then the most spread points of the next front. The survivors keep
    /// the ranks the pool gave them (every front before the cut survives whole, so no rank changes), and the distances
    /// too, except in the cut front, whose survivors are crowded again among themselves: what ranking the survivors
    /// anew would give, without sorting them again.
    /// </summary>
    private void Survive()
    {
        int pool = _parents + _offspring;
        Rank(pool, _parents);
        Span<int> byRank = _byRank.AsSpan(0, pool);
        int taken = 0;
        while (taken < _parents)
        {
            int frontRank = _rank[byRank[taken]];
            int end = taken;
            while (end < pool && _rank[byRank[end]] == frontRank)
            {
                end++;
            }
            if (end <= _parents)
            {
                byRank[taken..end].CopyTo(_next.AsSpan(taken));
                taken = end;
                continue;
            }
            Span<int> front = _front.AsSpan(0, end - taken);
            byRank[taken..end].CopyTo(front);
            int m = _population.ObjectiveCount;
            if (_pruning is not null)
            {
                Span<int> kept = _kept.AsSpan(0, _parents - taken);
                _pruning.Prune(RankedObjectives, m, front, _crowding.LastOrders, kept);
                for (int i = 0; i < kept.Length; i++)
                {
                    _next[taken + i] = front[kept[i]];
                }
            }
            else
            {
                SortByCrowding(front);
                front[..(_parents - taken)].CopyTo(_next.AsSpan(taken));
            }
            // The cut front's survivors, in the order they take their new rows.
            Span<int> survivors = _next.AsSpan(taken, _parents - taken);
            _crowding.ComputeFromOrders(RankedObjectives, m, survivors,
                SurvivorsInCrowdingOrders(byRank[taken..end], survivors, m), _frontDistances);
            KeepDistances(survivors);
            taken = _parents;
        }
        for (int i = 0; i < _parents; i++)
        {
            int row = _next[i];
            // An offspring that survives in the first front changed the front.
            FrontChanged |= row >= _parents && _rank[row] == 0;
            _nextRanks[i] = _rank[row];
            _nextDistances[i] = _distance[row];
            _population.CopyRow(row, _spare, i);
        }
        // The survivors now fill the spare's parent rows: it becomes the population, and the old one the next spare.
        (_population, _spare) = (_spare, _population);
        _firstFrontSize = 0;
        for (int i = 0; i < _parents; i++)
        {
            _rank[i] = _nextRanks[i];
            _distance[i] = _nextDistances[i];
            if (_rank[i] == 0)
            {
                _firstFront[_firstFrontSize++] = i; // fronts survive in rank order, so these are rows 0..k−1
            }
        }
    }

    /// <summary>
    /// Deb's one-shot cut: the front most spread first, ties by row, sorted as primitive keys with the distance negated
    /// (NaN, the least, last).
    /// </summary>
    private void SortByCrowding(Span<int> front)
    {
        Span<double> keys = _crowdingKeys.AsSpan(0, front.Length);
        for (int i = 0; i < front.Length; i++)
        {
            double distance = _distance[front[i]];
            keys[i] = double.IsNaN(distance) ? double.PositiveInfinity : -distance;
        }
        StableSort.SortByKey(keys, front, _scratch, new ItemOrder());
    }

    /// <summary>
    /// Each objective's order of <paramref name="survivors"/> (some rows of the cut <paramref name="front"/>), as
    /// positions into them, filtered from the orders the cut front was crowded in: it was the last front ranking
    /// crowded (the fronts after it start past the parents' count).
    /// </summary>
    private ReadOnlySpan<int> SurvivorsInCrowdingOrders(ReadOnlySpan<int> front, ReadOnlySpan<int> survivors, int m)
    {
        foreach (int row in front)
        {
            _slots[row] = -1;
        }
        for (int i = 0; i < survivors.Length; i++)
        {
            _slots[survivors[i]] = i;
        }
        int count = 0;
        for (int objective = 0; objective < m; objective++)
        {
            foreach (int position in _crowding.LastOrder(objective))
            {
                int slot = _slots[front[position]];
                if (slot >= 0)
                {
                    _cutOrders[count++] = slot;
                }
            }
        }
        return _cutOrders.AsSpan(0, count);
    }

    private readonly ref struct ByLevel(Span<double> level) : IComparer<int>
    {
        private readonly Span<double> _level = level;

        public int Compare(int x, int y)
        {
            int c = _level[x].CompareTo(_level[y]);
            return c != 0 ? c : x.CompareTo(y);
        }
    }
}

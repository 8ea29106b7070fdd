using Metaheuristics.Populations;
using Metaheuristics.Problems;
using Metaheuristics.Randomness;
using Metaheuristics.Spaces;

namespace Metaheuristics.Solvers.Swarm;

/// <summary>
/// The run of <see cref="ParticleSwarm"/>. Rows 0..S−1 hold the particles' positions, rows S..2S−1 their personal
/// bests; continuous positions, velocities and links live in flat arrays allocated here.
/// </summary>
internal sealed class ParticleSwarmRun : ISolverRun
{
    private static readonly double SpsoInertia = 1 / (2 * Math.Log(2));
    private static readonly double SpsoAcceleration = 0.5 + Math.Log(2);
    private const double Chi = 0.7298;

    private readonly ProblemSpec _spec;
    private readonly ParticleSwarmOptions _options;
    private readonly ulong _seed;
    private readonly int _particles;
    private readonly int _dimensions;
    private readonly int _realLength;
    private readonly Population _population;
    private readonly double[] _lower;
    private readonly double[] _upper;
    private readonly double[] _position;
    private readonly double[] _velocity;
    private readonly double[] _bestPosition;
    private readonly int[] _informant;
    private readonly bool[] _links;
    private readonly double[] _scratch;
    private readonly long? _plannedIterations;
    private int _swarmBest = -1;

    public ParticleSwarmRun(ProblemSpec spec, ParticleSwarmOptions options, ulong seed, long? evaluationBudget)
    {
        _spec = spec;
        _options = options;
        _seed = seed;
        _particles = options.SwarmSize;
        SearchSpace space = spec.Space;
        _realLength = space.RealLength;
        _dimensions = space.RealLength + space.IntegerLength;
        _population = new Population(spec, 2 * _particles);
        _lower = new double[_dimensions];
        _upper = new double[_dimensions];
        for (int d = 0; d < _dimensions; d++)
        {
            // Integers fly over [lower − ½, upper + ½] and are rounded, so each value gets an equal share.
            _lower[d] = d < _realLength ? space.RealLower[d] : space.IntegerLower[d - _realLength] - 0.5;
            _upper[d] = d < _realLength ? space.RealUpper[d] : space.IntegerUpper[d - _realLength] + 0.5;
        }
        _position = new double[_particles * _dimensions];
        _velocity = new double[_particles * _dimensions];
        _bestPosition = new double[_particles * _dimensions];
        _informant = new int[_particles];
        _links = new bool[_particles * _particles];
        _scratch = new double[_dimensions];
        _plannedIterations = evaluationBudget is { } budget ? Math.Max(1, budget / _particles) : null;
    }

    public int Generation { get; private set; }

    public bool IsFinished => false;

    public EvaluationBatch Ask()
    {
        for (int particle = 0; particle < _particles; particle++)
        {
            if (Generation == 0)
            {
                var random = RandomStream.Create(_seed, StreamPurpose.Sampling, 0, particle);
                Initialize(particle, ref random);
            }
            else
            {
                var random = RandomStream.Create(_seed, StreamPurpose.Move, Generation, particle);
                Fly(particle, ref random);
            }
            WriteGenes(particle);
        }
        return new EvaluationBatch(_population, 0, _particles);
    }

    public void Tell(EvaluationBatch evaluated)
    {
        double previousLevel = _swarmBest < 0 ? double.PositiveInfinity : _population.Level[_particles + _swarmBest];
        double previousObjective = _swarmBest < 0 ? double.PositiveInfinity : _population.PenalizedObjective(_particles + _swarmBest, 0);
        for (int particle = 0; particle < _particles; particle++)
        {
            int best = _particles + particle;
            if (Generation == 0 || IsBetter(particle, best))
            {
                _population.CopyRow(particle, best);
                Row(_position, particle).CopyTo(Row(_bestPosition, particle));
            }
        }
        _swarmBest = 0;
        for (int particle = 1; particle < _particles; particle++)
        {
            _swarmBest = BetterOf(_swarmBest, particle);
        }
        double level = _population.Level[_particles + _swarmBest];
        double objective = _population.PenalizedObjective(_particles + _swarmBest, 0);
        bool improved = RowRanking.IsBetter(level, objective, previousLevel, previousObjective);
        if (_options.Topology == SwarmTopology.AdaptiveRandom && (Generation == 0 || !improved))
        {
            DrawLinks();
        }
        FindInformants();
        Generation++;
    }

    private Span<double> Row(double[] matrix, int particle) => matrix.AsSpan(particle * _dimensions, _dimensions);

    private bool IsBetter(int row, int than)
    {
        if (_population.Status[row] != RowStatus.Evaluated)
        {
            return false;
        }
        return RowRanking.IsBetter(_population, row, than);
    }

    private void Initialize(int particle, ref RandomStream random)
    {
        Span<double> x = Row(_position, particle), v = Row(_velocity, particle);
        for (int d = 0; d < _dimensions; d++)
        {
            x[d] = random.NextDouble(_lower[d], _upper[d]);
        }
        for (int d = 0; d < _dimensions; d++)
        {
            // SPSO 2011: v ~ U(lower − x, upper − x), so the first move stays inside the box.
            v[d] = random.NextDouble(_lower[d] - x[d], _upper[d] - x[d]);
        }
    }

    private void Fly(int particle, ref RandomStream random)
    {
        Span<double> x = Row(_position, particle), v = Row(_velocity, particle);
        ReadOnlySpan<double> p = Row(_bestPosition, particle);
        int informant = _informant[particle];
        ReadOnlySpan<double> l = Row(_bestPosition, informant);
        switch (_options.Variant)
        {
            case SwarmVariant.Spso2011:
                FlySpso(x, v, p, l, informant == particle, ref random);
                break;
            case SwarmVariant.InertiaWeight:
                double progress = _plannedIterations is { } planned ? Math.Min(1, (double)Generation / planned) : 0.5;
                double w = 0.9 - 0.5 * progress;
                for (int d = 0; d < _dimensions; d++)
                {
                    v[d] = w * v[d] + 1.49445 * random.NextDouble() * (p[d] - x[d]) + 1.49445 * random.NextDouble() * (l[d] - x[d]);
                }
                break;
            default:
                for (int d = 0; d < _dimensions; d++)
                {
                    v[d] = Chi * (v[d] + 2.05 * random.NextDouble() * (p[d] - x[d]) + 2.05 * random.NextDouble() * (l[d] - x[d]));
                }
                break;
        }
        for (int d = 0; d < _dimensions; d++)
        {
            if (_options.MaxVelocity is { } share)
            {
                double limit = share * (_upper[d] - _lower[d]);
                v[d] = Math.Clamp(v[d], -limit, limit);
            }
            x[d] += v[d];
            Confine(ref x[d], ref v[d], d, ref random);
        }
    }

    /// <summary>SPSO 2011: the new position is drawn in the hypersphere around G, the centre of gravity of x, p' and l'.</summary>
    private void FlySpso(Span<double> x, Span<double> v, ReadOnlySpan<double> p, ReadOnlySpan<double> l, bool alone, ref RandomStream random)
    {
        Span<double> g = _scratch;
        double radius = 0;
        for (int d = 0; d < _dimensions; d++)
        {
            g[d] = alone
                ? x[d] + SpsoAcceleration * (p[d] - x[d]) / 2
                : x[d] + SpsoAcceleration * (p[d] + l[d] - 2 * x[d]) / 3;
            radius += (g[d] - x[d]) * (g[d] - x[d]);
        }
        radius = Math.Sqrt(radius);
        // A random point in the ball: a Gaussian direction and a radius uniform in [0, ‖G − x‖]. Volume-uniform radii
        // (density ∝ r^(D−1)) put nearly every point on the surface in high dimensions and stall the swarm: sphere-10
        // stayed at 0.17 after 60,000 evaluations with them, against 1e-90 with this radius.
        // The direction's deviates come two per polar round (one logarithm for both), drawn from a local copy of the
        // stream, which stays in registers for the loop (through the ref, every draw went through memory).
        RandomStream local = random;
        for (int d = 0; d < _dimensions; d++)
        {
            v[d] = SpsoInertia * v[d] - x[d] + g[d];
        }
        double norm = 0;
        for (int d = 0; d < _dimensions; d += 2)
        {
            double z = local.NextGaussianPair(out double next);
            g[d] = z;
            norm += z * z;
            if (d + 1 < _dimensions)
            {
                g[d + 1] = next;
                norm += next * next;
            }
        }
        double scale = norm > 0 ? radius * local.NextDouble() / Math.Sqrt(norm) : 0;
        random = local;
        for (int d = 0; d < _dimensions; d++)
        {
            v[d] += g[d] * scale;
        }
    }

    private void Confine(ref double x, ref double v, int d, ref RandomStream random)
    {
        double lower = _lower[d], upper = _upper[d];
        if (x >= lower && x <= upper)
        {
            return;
        }
        switch (_options.Boundary)
        {
            case BoundaryHandling.Reflect:
                x = x < lower ? lower + (lower - x) : upper - (x - upper);
                x = Math.Clamp(x, lower, upper);
                v = -v;
                break;
            case BoundaryHandling.Reinitialize:
                x = random.NextDouble(lower, upper);
                v = 0;
                break;
            default:
                x = Math.Clamp(x, lower, upper);
                v = 0;
                break;
        }
    }

    private void WriteGenes(int particle)
    {
        ReadOnlySpan<double> x = Row(_position, particle);
        x[.._realLength].CopyTo(_population.RealsOf(particle));
        Span<int> integers = _population.IntegersOf(particle);
        SearchSpace space = _spec.Space;
        for (int i = 0; i < integers.Length; i++)
        {
            integers[i] = Math.Clamp((int)Math.Round(x[_realLength + i], MidpointRounding.AwayFromZero), space.IntegerLower[i], space.IntegerUpper[i]);
        }
    }

    /// <summary>SPSO 2011's adaptive random topology: each particle informs itself and K random particles.</summary>
    private void DrawLinks()
    {
        Array.Clear(_links);
        var random = RandomStream.Create(_seed, StreamPurpose.Generation, Generation, 0);
        for (int from = 0; from < _particles; from++)
        {
            _links[from * _particles + from] = true;
            for (int k = 0; k < _options.Informants; k++)
            {
                _links[from * _particles + random.NextInt(_particles)] = true;
            }
        }
    }

    private void FindInformants()
    {
        int n = _particles;
        for (int particle = 0; particle < n; particle++)
        {
            int best = particle;
            switch (_options.Topology)
            {
                case SwarmTopology.Global:
                    best = _swarmBest;
                    break;
                case SwarmTopology.Ring:
                    best = BetterOf(BetterOf(best, (particle + n - 1) % n), (particle + 1) % n);
                    break;
                case SwarmTopology.VonNeumann:
                    int columns = (int)Math.Ceiling(Math.Sqrt(n));
                    best = BetterOf(best, (particle + 1) % n);
                    best = BetterOf(best, (particle + n - 1) % n);
                    best = BetterOf(best, (particle + columns) % n);
                    best = BetterOf(best, ((particle - columns) % n + n) % n);
                    break;
                default:
                    for (int from = 0; from < n; from++)
                    {
                        if (_links[from * n + particle])
                        {
                            best = BetterOf(best, from);
                        }
                    }
                    break;
            }
            _informant[particle] = best;
        }
    }

    private int BetterOf(int a, int b) => IsBetter(_particles + b, _particles + a) ? b : a;
}

namespace Metaheuristics.External;

/// <summary>The last lines a worker wrote to stderr, kept so a failure message can say what the worker said before it died.</summary>
internal sealed class StderrTail(int capacity)
{
    private readonly Queue<string> _lines = new(Math.Max(capacity, 1));
    private readonly Lock _gate = new();

    public void Add(string line)
    {
        if (capacity == 0)
        {
            return;
        }
        lock (_gate)
        {
            if (_lines.Count == capacity)
            {
                _lines.Dequeue();
            }
            _lines.Enqueue(line);
        }
    }

    /// <summary>"; stderr: …" with the kept lines joined, or an empty string when the worker said nothing.</summary>
    public string Describe()
    {
        lock (_gate)
        {
            return _lines.Count == 0 ? "" : "; stderr: " + string.Join(" | ", _lines);
        }
    }
}

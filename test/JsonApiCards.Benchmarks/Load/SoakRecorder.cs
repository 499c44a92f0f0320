namespace JsonApiCards.Benchmarks.Load;

/// <summary>The soak's latencies, per request kind for the whole run and together per sampling interval, and its failures.</summary>
internal sealed class SoakRecorder
{
    private const int KeptFailureMessages = 20;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<double>> _byRequest = [];
    private readonly List<string> _failureMessages = [];
    private List<double> _interval = [];
    private int _intervalFailures;
    private TimeSpan _intervalStart;

    /// <summary>Requests answered with another status than they expect.</summary>
    public int Failures { get; private set; }

    public IReadOnlyList<string> FailureMessages
    {
        get
        {
            lock (_lock)
            {
                return [.. _failureMessages];
            }
        }
    }

    public void Record(string request, double milliseconds)
    {
        lock (_lock)
        {
            if (!_byRequest.TryGetValue(request, out List<double>? latencies))
            {
                _byRequest[request] = latencies = [];
            }

            latencies.Add(milliseconds);
            _interval.Add(milliseconds);
        }
    }

    public void Fail(string message)
    {
        lock (_lock)
        {
            Failures++;
            _intervalFailures++;
            if (_failureMessages.Count < KeptFailureMessages)
            {
                _failureMessages.Add(message);
            }
        }
    }

    /// <summary>The interval since the last sample, with the working set measured now; starts the next interval.</summary>
    public SoakSample Sample(TimeSpan elapsed, double workingSetMegabytes)
    {
        lock (_lock)
        {
            double[] sorted = [.. _interval.Order()];
            var sample = new SoakSample(elapsed, sorted.Length / (elapsed - _intervalStart).TotalSeconds, Percentiles.Of(sorted, 0.99), _intervalFailures, workingSetMegabytes);
            _interval = [];
            _intervalFailures = 0;
            _intervalStart = elapsed;
            return sample;
        }
    }

    /// <summary>Each request kind's latencies over the whole run, sorted.</summary>
    public IEnumerable<(string Request, double[] SortedMilliseconds)> ByRequest()
    {
        lock (_lock)
        {
            return [.. _byRequest.OrderBy(entry => entry.Key, StringComparer.Ordinal).Select(entry => (entry.Key, entry.Value.Order().ToArray()))];
        }
    }
}

using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace JsonApiCards.Benchmarks.Load;

/// <summary>
/// Samples allocations by type from the runtime's own events (one <c>GCAllocationTick</c> about every 100 KB
/// allocated), so <c>serve --sample-allocations</c> can show what a scenario allocates without a profiler.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytesByType = new(StringComparer.Ordinal);

    /// <summary>The sampled types, largest share first, and resets the counts.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> TakeTop(int count)
    {
        var top = _bytesByType.OrderByDescending(entry => entry.Value).Take(count).ToList();
        _bytesByType.Clear();
        return top;
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || eventData.Payload is null)
        {
            return;
        }

        int typeName = eventData.PayloadNames!.IndexOf("TypeName");
        int amount = eventData.PayloadNames.IndexOf("AllocationAmount64");
        if (typeName >= 0 && amount >= 0 && eventData.Payload[typeName] is string type)
        {
            _bytesByType.AddOrUpdate(type, Convert.ToInt64(eventData.Payload[amount], System.Globalization.CultureInfo.InvariantCulture), (_, total) => total + Convert.ToInt64(eventData.Payload[amount], System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}

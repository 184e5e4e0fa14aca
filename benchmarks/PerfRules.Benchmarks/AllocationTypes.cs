using System;
using System.Collections.Generic;
using System.Diagnostics.Tracing;
using System.Globalization;
using System.Linq;
using PerfRules.Rules;

namespace PerfRules.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --alloc-types [compliant|seed38|generated]</c>: which types <see cref="RuleEngine.Check"/>
/// allocates, sampled from the runtime's GC AllocationTick events (one per ~100 KB allocated, naming the type that
/// crossed the mark) over many checks after a warm-up. The shares say where a passing table's bytes go.
/// </summary>
internal static class AllocationTypes
{
    public static void Run(string which)
    {
        var tables = which switch
        {
            "seed38" => new[] { SyntheticTables.Seed38() },
            "generated" => SyntheticTables.Pool(200),
            _ => new[] { SyntheticTables.Compliant() },
        };
        var engine = RuleEngine.Create(RuleSet.Load(), RuleEngineMode.Compiled);
        for (var i = 0; i < 2000; i++) engine.Check(tables[i % tables.Length]);
        using var listener = new TickListener();
        for (var i = 0; i < 200_000; i++) engine.Check(tables[i % tables.Length]);
        var total = listener.Counts.Values.Sum();
        foreach (var (type, count) in listener.Counts.OrderByDescending(p => p.Value).Take(25))
        {
            Console.WriteLine((100.0 * count / total).ToString("F1", CultureInfo.InvariantCulture).PadLeft(6) + " %  " + type);
        }
    }

    private sealed class TickListener : EventListener
    {
        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
            var type = e.Payload![e.PayloadNames.IndexOf("TypeName")] as string ?? "?";
            lock (Counts) Counts[type] = Counts.TryGetValue(type, out var n) ? n + 1 : 1;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using PerfRules.Rules;
using PerfRules.Tables;

namespace PerfRules.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- --cpu-ratios [rounds]</c>: the catalogue benchmark's three ways timed by this
/// thread's CPU time (<c>CLOCK_THREAD_CPUTIME_ID</c>) instead of wall time, interleaved round by round
/// (RulesEngine, Compiled, HandWritten, then again), medians per table set. On a shared machine a
/// process waiting for a core is not charged, so the ratios hold up where wall-clock ones do not; what
/// still leaks in is cache and memory-bus contention. Linux only.
/// </summary>
internal static class CpuTimeRatios
{
    public static void Run(int rounds)
    {
        var rules = RuleSet.Load();
        var reference = RuleEngine.Create(rules, RuleEngineMode.RulesEngine);
        var compiled = RuleEngine.Create(rules, RuleEngineMode.Compiled);
        var hand = new HandWrittenCatalogue(rules);
        var sets = new (string Name, PerformanceTable[] Tables)[]
        {
            ("generated", SyntheticTables.Pool(100)),
            ("seed38", new[] { SyntheticTables.Seed38() }),
            ("compliant", new[] { SyntheticTables.Compliant() }),
        };
        foreach (var (name, tables) in sets)
        {
            var asOf = tables.Select(t => RuleEngine.DefaultAsOf(t) ?? DateTime.MinValue).ToArray();
            var profiles = tables.Select(rules.ProfileFor).ToArray();
            var ways = new (string Name, Action Once)[]
            {
                ("RulesEngine", () => { for (var i = 0; i < tables.Length; i++) reference.Check(tables[i], asOf[i]); }),
                ("Compiled", () => { for (var i = 0; i < tables.Length; i++) compiled.Check(tables[i], asOf[i]); }),
                ("HandWritten", () => { for (var i = 0; i < tables.Length; i++) hand.Check(tables[i], asOf[i], profiles[i]); }),
            };

            // Warm up past tiered compilation (several seconds of wall time on a loaded machine: tier-1 code is
            // compiled in the background), then size a batch to about 20 ms of the reference's CPU time.
            var warm = System.Diagnostics.Stopwatch.StartNew();
            while (warm.Elapsed.TotalSeconds < 6)
            {
                foreach (var w in ways)
                {
                    for (var i = 0; i < 50 / tables.Length + 2; i++) w.Once();
                }

                System.Threading.Thread.Sleep(50);
            }

            var t0 = ThreadCpuNanoseconds();
            ways[0].Once();
            var per = Math.Max(1, ThreadCpuNanoseconds() - t0);
            var batch = (int)Math.Max(1, 20_000_000 / per);
            var samples = ways.Select(_ => new List<double>()).ToArray();
            for (var r = 0; r < rounds; r++)
            {
                for (var k = 0; k < ways.Length; k++)
                {
                    var start = ThreadCpuNanoseconds();
                    for (var b = 0; b < batch; b++) ways[k].Once();
                    samples[k].Add((ThreadCpuNanoseconds() - start) / (double)batch / tables.Length / 1000.0);
                }
            }

            var medians = samples.Select(Median).ToArray();
            for (var k = 0; k < ways.Length; k++)
            {
                Console.WriteLine(name.PadRight(10) + ways[k].Name.PadRight(12) + F(medians[k]).PadLeft(10) + " µs CPU per table   RulesEngine/this " +
                                  F(medians[0] / medians[k]).PadLeft(6) + "×   this/HandWritten " + F(medians[k] / medians[2]));
            }
        }
    }

    /// <summary><c>--loop WAY SET SECONDS</c>: one way on one table set for a while, for a sampling profiler (perf with DOTNET_PerfMapEnabled=1).</summary>
    public static void Loop(string way, string set, double seconds)
    {
        var rules = RuleSet.Load();
        var engine = RuleEngine.Create(rules, way == "RulesEngine" ? RuleEngineMode.RulesEngine : RuleEngineMode.Compiled);
        var tables = set switch
        {
            "generated" => SyntheticTables.Pool(100),
            "seed38" => new[] { SyntheticTables.Seed38() },
            _ => new[] { SyntheticTables.Compliant() },
        };
        var watch = System.Diagnostics.Stopwatch.StartNew();
        long n = 0;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            foreach (var t in tables) engine.Check(t);
            n += tables.Length;
        }

        Console.WriteLine(n + " tables");
    }

    private static double Median(List<double> xs)
    {
        var s = xs.OrderBy(x => x).ToArray();
        return s.Length % 2 == 1 ? s[s.Length / 2] : (s[(s.Length / 2) - 1] + s[s.Length / 2]) / 2;
    }

    private static string F(double d) => d.ToString("N2", CultureInfo.InvariantCulture);

    private static long ThreadCpuNanoseconds()
    {
        if (clock_gettime(3 /* CLOCK_THREAD_CPUTIME_ID */, out var ts) != 0) throw new InvalidOperationException("clock_gettime failed");
        return (ts.Seconds * 1_000_000_000L) + ts.Nanoseconds;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int clock_gettime(int clock, out Timespec ts);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

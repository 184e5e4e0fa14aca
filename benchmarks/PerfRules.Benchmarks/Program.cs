using BenchmarkDotNet.Running;

namespace PerfRules.Benchmarks;

internal static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--alloc-probe", ..] && args.Length <= 2)
        {
            AllocationProbe.Run(args.Length == 2 ? args[1] : "compliant");
            return;
        }

        if (args is ["--alloc-types", ..] && args.Length <= 2)
        {
            AllocationTypes.Run(args.Length == 2 ? args[1] : "compliant");
            return;
        }

        if (args is ["--cpu-ratios", ..] && args.Length <= 2)
        {
            CpuTimeRatios.Run(args.Length == 2 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15);
            return;
        }

        if (args is ["--raw-parse", var file])
        {
            RawParse.Run(file);
            return;
        }

        if (args is ["--loop", var way, var set, var seconds])
        {
            CpuTimeRatios.Loop(way, set, double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}

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

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}

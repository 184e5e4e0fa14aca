using BenchmarkDotNet.Running;

namespace PerfRules.Benchmarks;

internal static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--alloc-probe"])
        {
            AllocationProbe.Run();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}

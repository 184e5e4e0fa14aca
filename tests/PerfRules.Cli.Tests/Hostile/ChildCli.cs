using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Threading.Tasks;

namespace PerfRules.Cli.Tests.Hostile;

/// <summary>
/// Runs the built CLI (<c>dotnet PerfRules.Cli.dll …</c>) in a child process, as a finance server would, under a
/// managed-heap cap (<c>DOTNET_GCHeapHardLimit</c>): a case that exhausts memory fails with an out-of-memory exit
/// instead of taking the test host down, and a case that hangs is killed by the guard and fails.
/// </summary>
internal static class ChildCli
{
    /// <summary>The managed-heap cap of every child run: 400 MB (a 64 MiB input decodes to 128 MB of text).</summary>
    public const long HeapCapBytes = 400L * 1024 * 1024;

    /// <summary>How long a child may run before it counts as hung: generous, so a loaded CI machine does not flake.</summary>
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(90);

    /// <summary>The CLI assembly next to the tests (the project reference copies it with its runtimeconfig).</summary>
    public static string CliDll
    {
        get
        {
            var local = Path.Combine(AppContext.BaseDirectory, "PerfRules.Cli.dll");
            if (File.Exists(local) && File.Exists(Path.Combine(AppContext.BaseDirectory, "PerfRules.Cli.runtimeconfig.json"))) return local;
            throw new InvalidOperationException("PerfRules.Cli.dll and its runtimeconfig.json are not next to the tests in " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The result of one run: exit code, stdout, stderr and the peak resident memory seen (0 when not measurable).</summary>
    public sealed record Result(int Exit, string Out, string Err, long PeakResidentBytes)
    {
        public override string ToString() => "exit " + Exit + "\n--- stdout\n" + Out + "\n--- stderr\n" + Err;
    }

    /// <summary>Runs <c>perfrules ARGS</c> in <paramref name="workingDirectory"/>.</summary>
    public static Result Run(string workingDirectory, IEnumerable<string> args, IDictionary<string, string>? environment = null, string? runtimeConfig = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (runtimeConfig is not null)
        {
            start.ArgumentList.Add("exec");
            start.ArgumentList.Add("--runtimeconfig");
            start.ArgumentList.Add(runtimeConfig);
        }

        start.ArgumentList.Add(CliDll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + HeapCapBytes.ToString("X", System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["CI"] = "true";
        if (environment is not null)
        {
            foreach (var kv in environment) start.Environment[kv.Key] = kv.Value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var clock = Stopwatch.StartNew();
        while (!process.WaitForExit(50))
        {
            peak = Math.Max(peak, PeakResident(process.Id));
            if (clock.Elapsed > Guard)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                throw new TimeoutException("perfrules " + string.Join(" ", args) + " was still running after " + Guard.TotalSeconds + " s (killed)\n" + Text(stdout) + "\n" + Text(stderr));
            }
        }

        process.WaitForExit();
        return new Result(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult(), peak);
    }

    /// <summary>A runtimeconfig for the CLI with invariant globalization off, so the child follows <c>LANG</c> (culture tests).</summary>
    public static string CultureAwareRuntimeConfig(string folder)
    {
        var original = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "PerfRules.Cli.runtimeconfig.json"));
        var changed = original.Replace("\"System.Globalization.Invariant\": true", "\"System.Globalization.Invariant\": false", StringComparison.Ordinal);
        var path = Path.Combine(folder, "culture.runtimeconfig.json");
        File.WriteAllText(path, changed);
        return path;
    }

    private static string Text(Task<string> pending) => pending.IsCompleted ? pending.Result : "(output not complete)";

    /// <summary>VmHWM (peak resident set) of a running process from /proc, in bytes; 0 where /proc is not there.</summary>
    private static long PeakResident(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/" + pid + "/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var digits = line.Substring(6).Trim().Split(' ')[0];
                return long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // The process ended between polls.
        }

        return 0;
    }
}

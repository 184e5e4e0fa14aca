using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;

namespace PerfRules.Analyzers.Tests.EndToEnd;

/// <summary>
/// Packs the real PerfRules package once per test run, with a unique version, into a temporary folder
/// feed. The test project references src/PerfRules (without using its assembly), so the package's
/// projects are already built in the test's configuration when the tests run; the pack reuses those
/// outputs (--no-build) instead of compiling five projects again.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Version = "0.0.0-e2e." + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();
        Root = Path.Combine(Path.GetTempPath(), "perfrules-e2e-" + Version);
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        RepositoryRoot = FindRepositoryRoot();
        var configuration = typeof(PackedPackage).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().FirstOrDefault()?.Configuration ?? "Release";
        var (exitCode, output) = DotNet.Run(
            RepositoryRoot,
            TimeSpan.FromMinutes(4),
            "pack",
            Path.Combine(RepositoryRoot, "src", "PerfRules", "PerfRules.csproj"),
            "-c", configuration,
            "--no-build",
            "--no-restore",
            "--disable-build-servers",
            "-nologo",
            "-p:PackageVersion=" + Version,
            "-o", Feed);
        PackOutput = output;
        Package = Path.Combine(Feed, "PerfRules." + Version + ".nupkg");
        if (exitCode != 0 || !File.Exists(Package)) throw new InvalidOperationException("dotnet pack failed (" + exitCode + "):\n" + output);
    }

    public string Version { get; }

    public string Root { get; }

    public string Feed { get; }

    public string Package { get; }

    public string PackOutput { get; }

    public string RepositoryRoot { get; }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a leftover temp folder is not a test failure
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !directory.EnumerateFiles("PerfRules.sln").Any()) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("PerfRules.sln not found above " + AppContext.BaseDirectory);
    }
}

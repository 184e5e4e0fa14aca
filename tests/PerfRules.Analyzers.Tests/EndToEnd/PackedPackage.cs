using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;

namespace PerfRules.Analyzers.Tests.EndToEnd;

/// <summary>
/// Packs the real PerfRules package once per test run, with a unique version, into a temporary folder
/// feed. The repository's projects are built into a temporary artifacts folder, so the pack neither
/// touches nor races with the repository's own bin/obj.
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
        var (exitCode, output) = DotNet.Run(
            RepositoryRoot,
            TimeSpan.FromMinutes(6),
            "pack",
            Path.Combine(RepositoryRoot, "src", "PerfRules", "PerfRules.csproj"),
            "-c", "Release",
            "--disable-build-servers",
            "-nologo",
            "-p:Version=" + Version,
            "-p:ArtifactsPath=" + Path.Combine(Root, "artifacts"),
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

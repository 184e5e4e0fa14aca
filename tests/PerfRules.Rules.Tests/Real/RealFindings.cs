using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Tables;

namespace PerfRules.Rules.Tests.Real;

/// <summary>The ten real tables of other issuers (samples/real/) read by the real reader, as snapshot lines.</summary>
internal static class RealFindings
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "samples", "real");

    public static string PathOf(string file) => Path.Combine(Directory, file);

    /// <summary>Every real file, in name order (01 … 24).</summary>
    public static IReadOnlyList<string> Files() =>
        System.IO.Directory.GetFiles(Directory, "*.txt").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal).ToList()!;

    /// <summary>
    /// The ten files whose every finding was reviewed line by line (Snapshots/real.findings.txt, the defect and scoring
    /// tests); the fourteen added later are covered file by file (header fields: HeaderFieldTests).
    /// </summary>
    public static IReadOnlyList<string> Reviewed() =>
        Files().Where(f => f.Substring(0, 2) is "01" or "03" or "04" or "05" or "06" or "08" or "11" or "14" or "15" or "17").ToList();

    public static IReadOnlyList<PerformanceTable> Tables(string file) => TableTextReader.ReadFile(PathOf(file)).Tables;

    /// <summary>The file whose name starts with <paramref name="prefix"/> (<c>08</c>).</summary>
    public static string File(string prefix) => Files().Single(f => f.StartsWith(prefix + "-", StringComparison.Ordinal));

    public static PerformanceTable Table(string prefix, string? name = null) =>
        name is null ? Tables(File(prefix)).Single() : Tables(File(prefix)).Single(t => t.Name == name);

    /// <summary>One line per finding: file prefix | table | ruleId | severity | location | message.</summary>
    public static string Line(string file, PerformanceTable table, Finding f) => file.Substring(0, 2) + " | " + SeedFindings.Line(table, f);
}

using System;
using System.IO;
using System.Linq;

namespace PerfRules.Rules.Tests.Real;

/// <summary>
/// The reviewed findings (import and rules) of the 24 real tables of other issuers under the profile their
/// layout selects: Snapshots/real.findings.txt, each line reviewed against the file text (see its header).
/// </summary>
public class RealSnapshotTests
{
    private static string SnapshotPath => Path.Combine(AppContext.BaseDirectory, "Snapshots", "real.findings.txt");

    [Fact]
    public void The_real_tables_produce_exactly_the_reviewed_findings()
    {
        var expected = File.ReadAllLines(SnapshotPath).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var actual = RealFindings.Files()
            .SelectMany(file => RealFindings.Tables(file).SelectMany(t => Tables.Engine.Check(t).Select(f => RealFindings.Line(file, t, f))))
            .ToList();
        if (Environment.GetEnvironmentVariable("PERFRULES_DUMP_REAL") is { Length: > 0 } dump) File.WriteAllLines(dump, actual);
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            "missing:\n" + string.Join("\n", missing) + "\nunexpected:\n" + string.Join("\n", extra));
        Assert.Equal(expected, actual);
    }
}

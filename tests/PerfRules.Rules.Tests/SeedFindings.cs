using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Tables;

namespace PerfRules.Rules.Tests;

/// <summary>The seven seed tables read by the real reader and checked by the real engine, as snapshot lines.</summary>
internal static class SeedFindings
{
    public static string SamplesDirectory => Path.Combine(AppContext.BaseDirectory, "samples");

    public static IReadOnlyList<PerformanceTable> Tables()
    {
        var tables = new List<PerformanceTable>();
        foreach (var file in Directory.GetFiles(SamplesDirectory, "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            tables.AddRange(TableTextReader.ReadFile(file).Tables);
        }

        return tables;
    }

    public static PerformanceTable Table(string name) => Tables().Single(t => t.Name == name);

    /// <summary>One line per finding: table | ruleId | severity | location | message.</summary>
    public static string Line(PerformanceTable table, Finding f) =>
        table.Name + " | " + f.RuleId + " | " + f.Severity.ToString().ToLowerInvariant() + " | " + Where(f.Location) + " | " + f.Message;

    public static string Where(FindingLocation l)
    {
        var sb = new StringBuilder();
        if (l.Indicator is not null) sb.Append(l.Level1).Append('/').Append(l.Level2).Append('/').Append(l.Indicator).Append(" #").Append(l.Row?.ToString(CultureInfo.InvariantCulture));
        if (l.Field is not null) sb.Append(sb.Length > 0 ? " [" + l.Field + "]" : l.Field);
        if (sb.Length == 0) sb.Append("表");
        if (l.Line is { } line) sb.Append(" @").Append(line.ToString(CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    public static IReadOnlyList<string> Snapshot(RuleEngine engine) =>
        Tables().SelectMany(t => engine.Check(t).Select(f => Line(t, f))).ToList();
}

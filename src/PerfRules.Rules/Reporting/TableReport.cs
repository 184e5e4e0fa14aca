using System;
using System.Collections.Generic;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Rules.Reporting;

/// <summary>The findings of one checked table, as the <c>check</c> report lists them.</summary>
public sealed class TableReport
{
    private TableReport(string name, int? year, string? source, int? line, string layout, string profile, IReadOnlyList<Finding> findings)
    {
        Name = name;
        Year = year;
        Source = source;
        Line = line;
        Layout = layout;
        Profile = profile;
        Findings = findings;
    }

    /// <summary>项目名称.</summary>
    public string Name { get; }

    /// <summary>年度, or null.</summary>
    public int? Year { get; }

    /// <summary>The file path, or null.</summary>
    public string? Source { get; }

    /// <summary>The table's first source line, or null.</summary>
    public int? Line { get; }

    /// <summary>The layout the reader recognised.</summary>
    public string Layout { get; }

    /// <summary>The profile the table was checked under.</summary>
    public string Profile { get; }

    /// <summary>The findings in engine order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The report of one checked table.</summary>
    public static TableReport ForTable(PerformanceTable table, string profile, IReadOnlyList<Finding> findings)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        return new TableReport(table.Name, table.Year, table.Source, table.Line, table.Layout, profile, findings ?? throw new ArgumentNullException(nameof(findings)));
    }

    /// <summary>Number of findings of a severity.</summary>
    public int Count(Severity severity)
    {
        var n = 0;
        foreach (var f in Findings)
        {
            if (f.Severity == severity) n++;
        }

        return n;
    }
}

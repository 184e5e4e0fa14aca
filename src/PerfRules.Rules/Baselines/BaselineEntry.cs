using System;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Rules.Baselines;

/// <summary>
/// One accepted finding in a <see cref="Baseline"/>: its <see cref="FindingFingerprint"/> and, for whoever reviews
/// the baseline file, the rule id, file, table, location and message it was written from (only the fingerprint is matched).
/// </summary>
/// <param name="Fingerprint">The fingerprint hash (<c>v1:…</c>).</param>
/// <param name="RuleId">The rule id.</param>
/// <param name="Source">The file name the table came from, or null.</param>
/// <param name="Table">The table's name, or null for a finding about the file as a whole.</param>
/// <param name="Location">Where, readable (<c>产出指标/数量指标/设备购置数量（台）</c>, <c>资金总额</c>, <c>表</c>).</param>
/// <param name="Message">The message when the baseline was written.</param>
public sealed record BaselineEntry(string Fingerprint, string RuleId, string? Source, string? Table, string Location, string Message)
{
    /// <summary>The entry for a finding about a table.</summary>
    public static BaselineEntry Of(PerformanceTable table, Finding finding)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        return Of(table.Source, table.Name, finding);
    }

    /// <summary>The entry for a finding about <paramref name="table"/> in <paramref name="source"/> (null table: the file as a whole).</summary>
    public static BaselineEntry Of(string? source, string? table, Finding finding)
    {
        if (finding is null) throw new ArgumentNullException(nameof(finding));
        var fingerprint = FindingFingerprint.Of(source, table, finding);
        var l = finding.Location;
        var where = l.Indicator is not null ? l.Level1 + "/" + l.Level2 + "/" + l.Indicator + (l.Field is null ? string.Empty : " [" + l.Field + "]") : l.Field ?? "表";
        var slash = source is null ? -1 : Math.Max(source.LastIndexOf('/'), source.LastIndexOf('\\'));
        return new BaselineEntry(fingerprint.Hash, finding.RuleId, source is null ? null : source.Substring(slash + 1), table, where, finding.Message);
    }
}

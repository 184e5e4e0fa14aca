using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using PerfRules.Actuals;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Rules.Scoring;

/// <summary>
/// Matches reported actuals to a table's indicators: by 三级 name (spaces and bracket widths ignored,
/// then without a trailing unit bracket if that is unambiguous) and, where a name repeats, by row.
/// An actual that matches nothing, matches ambiguously or repeats is an E02 finding — never dropped.
/// </summary>
internal static class ActualsMatcher
{
    /// <summary>The matched actuals by indicator position in the table; problems are added to <paramref name="findings"/>.</summary>
    public static Dictionary<int, IndicatorActual> Match(PerformanceTable table, TableActuals? actuals, List<Finding> findings)
    {
        var matched = new Dictionary<int, IndicatorActual>();
        if (actuals is null) return matched;

        var positions = Enumerable.Range(0, table.Indicators.Count).ToList();
        var byKey = Group(positions, i => Key(table.Indicators[i].Name));
        var byBareKey = Group(positions, i => Key(StripBracket(table.Indicators[i].Name)));
        var byRow = new Dictionary<int, int>();
        foreach (var i in positions)
        {
            if (!byRow.ContainsKey(table.Indicators[i].Row)) byRow[table.Indicators[i].Row] = i;
        }

        foreach (var actual in actuals.Indicators)
        {
            var found = actual.Row is { } row
                ? AtRow(table, byRow, actual, row, findings)
                : ByName(table, byKey, byBareKey, actual, findings);
            if (found is not { } position) continue;
            var target = table.Indicators[position];
            if (matched.ContainsKey(position))
            {
                findings.Add(EvaluationFindings.ForUnmatchedActual(target.Name, target.Row, "指标“" + target.Name + "”（第 " + Row(target.Row) + " 行）的实际值重复给出（“" +
                    matched[position].Value + "”与“" + actual.Value + "”），只采用第一个。"));
                continue;
            }

            matched[position] = actual;
        }

        return matched;
    }

    /// <summary>The position of the row an actual names by <c>row</c>, when that row exists and carries the actual's indicator name.</summary>
    private static int? AtRow(PerformanceTable table, Dictionary<int, int> byRow, IndicatorActual actual, int row, List<Finding> findings)
    {
        var name = actual.Indicator;
        if (!byRow.TryGetValue(row, out var position))
        {
            findings.Add(EvaluationFindings.ForUnmatchedActual(name, row, "实际值指向第 " + Row(row) + " 行的指标“" + name + "”，但表中没有这一行。"));
            return null;
        }

        var atRow = table.Indicators[position];
        if (name.Length > 0 && Key(atRow.Name) != Key(name) && Key(StripBracket(atRow.Name)) != Key(StripBracket(name)))
        {
            findings.Add(EvaluationFindings.ForUnmatchedActual(name, row, "实际值指向第 " + Row(row) + " 行的指标“" + name + "”，但该行是“" + atRow.Name + "”。"));
            return null;
        }

        return position;
    }

    /// <summary>The position of the one row whose name matches the actual's (exactly, else without a bracketed note); none or several is a finding.</summary>
    private static int? ByName(PerformanceTable table, Dictionary<string, List<int>> byKey, Dictionary<string, List<int>> byBareKey, IndicatorActual actual, List<Finding> findings)
    {
        var name = actual.Indicator;
        var candidates = byKey.TryGetValue(Key(name), out var exact) ? exact
            : byBareKey.TryGetValue(Key(StripBracket(name)), out var bare) ? bare
            : new List<int>();
        if (candidates.Count == 0)
        {
            findings.Add(EvaluationFindings.ForUnmatchedActual(name, null, "实际值“" + actual.Value + "”对应的指标“" + name + "”在表中不存在，未计入。"));
            return null;
        }

        if (candidates.Count > 1)
        {
            findings.Add(EvaluationFindings.ForUnmatchedActual(name, null, "指标“" + name + "”在表中出现 " + Row(candidates.Count) + " 次（第 " +
                string.Join("、", candidates.Select(c => Row(table.Indicators[c].Row))) + " 行），实际值“" + actual.Value + "”需用 row 指明是哪一行。"));
            return null;
        }

        return candidates[0];
    }

    /// <summary>The matching key of a name: whitespace removed, full-width brackets and colons folded.</summary>
    internal static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c)) continue;
            sb.Append(c switch
            {
                '（' => '(',
                '）' => ')',
                '：' => ':',
                _ => c,
            });
        }

        return sb.ToString();
    }

    private static string StripBracket(string name)
    {
        var key = Key(name);
        if (key.EndsWith(")", StringComparison.Ordinal))
        {
            var open = key.LastIndexOf('(');
            if (open > 0) return key.Substring(0, open);
        }

        return key;
    }

    private static Dictionary<string, List<int>> Group(IEnumerable<int> positions, Func<int, string> key)
    {
        var result = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var position in positions)
        {
            var k = key(position);
            if (!result.TryGetValue(k, out var list)) result[k] = list = new List<int>();
            list.Add(position);
        }

        return result;
    }

    private static string Row(int row) => row.ToString(CultureInfo.InvariantCulture);
}

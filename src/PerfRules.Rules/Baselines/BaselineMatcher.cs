using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Rules.Baselines;

/// <summary>
/// Matches one run's findings against a <see cref="Baseline"/>: each baseline entry suppresses one finding with
/// the same fingerprint. Not thread-safe (a run is matched in order, so "the first two are known, the third is new"
/// is deterministic).
/// </summary>
public sealed class BaselineMatcher
{
    private readonly Dictionary<string, int> _remaining = new(StringComparer.Ordinal);
    private readonly Baseline _baseline;

    internal BaselineMatcher(Baseline baseline)
    {
        _baseline = baseline;
        foreach (var e in baseline.Entries)
        {
            _remaining.TryGetValue(e.Fingerprint, out var n);
            _remaining[e.Fingerprint] = n + 1;
        }
    }

    /// <summary>How many findings were suppressed so far.</summary>
    public int Suppressed { get; private set; }

    /// <summary>True (and the entry used up) when the baseline accepts this finding about a table.</summary>
    public bool Suppresses(PerformanceTable table, Finding finding)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        return Suppresses(table.Source, table.Name, finding);
    }

    /// <summary>True (and the entry used up) when the baseline accepts this finding (null table: about the file as a whole).</summary>
    public bool Suppresses(string? source, string? table, Finding finding)
    {
        var hash = FindingFingerprint.Of(source, table, finding).Hash;
        if (!_remaining.TryGetValue(hash, out var n) || n == 0) return false;
        _remaining[hash] = n - 1;
        Suppressed++;
        return true;
    }

    /// <summary>The baseline entries no finding has matched (yet): fixed findings, which can be dropped from the baseline.</summary>
    public IReadOnlyList<BaselineEntry> Unmatched()
    {
        var left = new Dictionary<string, int>(_remaining, StringComparer.Ordinal);
        var result = new List<BaselineEntry>();
        foreach (var e in _baseline.Entries.Reverse())
        {
            if (!left.TryGetValue(e.Fingerprint, out var n) || n == 0) continue;
            left[e.Fingerprint] = n - 1;
            result.Add(e);
        }

        result.Reverse();
        return result;
    }
}

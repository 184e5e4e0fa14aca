using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Rules.Baselines;

/// <summary>
/// A finding's stable identity for baselines: what it is about, not where the text happens to sit. Built from
/// the rule id, the table's name and file name, the location's 一级/二级/三级 names and field, and the
/// finding's arguments (the offending value) — never from line, row or cell numbers, so adding a row above, a
/// blank line or another table leaves every other fingerprint unchanged; editing the offending value (the fix)
/// changes it.
/// </summary>
/// <remarks>
/// A finding without arguments (S07 没有满意度指标) is identified by its message with any 第N行 line references
/// blanked. <see cref="Hash"/> is the first 16 hex digits of the SHA-256 of <see cref="Key"/>, prefixed <c>v1:</c>
/// so the scheme can change without old baselines matching by accident.
/// </remarks>
public sealed class FindingFingerprint : IEquatable<FindingFingerprint>
{
    // Arguments that say where, not what: row, rows and line numbers, cell references, the as-of date.
    private static readonly HashSet<string> Positional = new(StringComparer.Ordinal) { "row", "rows", "line", "cell", "asOf" };

    private static readonly Regex LineReference = new(@"第\s*[0-9０-９]+(\s*[–\-~至]\s*[0-9０-９]+)?\s*行|\bline \d+|\b[A-Z]{1,3}[0-9]+(:[A-Z]{1,3}[0-9]+)?\b",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private FindingFingerprint(string key)
    {
        Key = key;
        Hash = "v1:" + HexSha256(key).Substring(0, 16);
    }

    /// <summary>The readable key the hash is taken of (fields joined by <c>|</c>).</summary>
    public string Key { get; }

    /// <summary>The fingerprint as stored in baseline files (<c>v1:</c> and 16 hex digits).</summary>
    public string Hash { get; }

    /// <summary>The fingerprint of a finding about a table (import or rule finding).</summary>
    public static FindingFingerprint Of(PerformanceTable table, Finding finding)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        return Of(table.Source, table.Name, finding);
    }

    /// <summary>
    /// The fingerprint of a finding about <paramref name="tableName"/> in <paramref name="source"/> (only the file
    /// name counts, so the same file checked from another folder matches); <paramref name="tableName"/> is null
    /// for a finding about the file as a whole (I09, I10).
    /// </summary>
    public static FindingFingerprint Of(string? source, string? tableName, Finding finding)
    {
        if (finding is null) throw new ArgumentNullException(nameof(finding));
        var sb = new StringBuilder();
        Append(sb, finding.RuleId);
        Append(sb, FileName(source));
        Append(sb, tableName ?? "<file>");
        var l = finding.Location;
        Append(sb, l.Level1);
        Append(sb, l.Level2);
        Append(sb, l.Indicator);
        Append(sb, l.Field);
        var any = false;
        foreach (var a in finding.Arguments)
        {
            if (Positional.Contains(a.Name)) continue;
            Append(sb, a.Name + "=" + a.Value);
            any = true;
        }

        if (!any) Append(sb, LineReference.Replace(finding.Message, "#"));
        return new FindingFingerprint(sb.ToString(0, sb.Length - 1));
    }

    /// <summary>Wraps a hash read from a baseline file.</summary>
    internal static FindingFingerprint FromHash(string hash) => new(hash, hash);

    private FindingFingerprint(string key, string hash)
    {
        Key = key;
        Hash = hash;
    }

    /// <inheritdoc />
    public bool Equals(FindingFingerprint? other) => other is not null && string.Equals(Hash, other.Hash, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FindingFingerprint);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Hash);

    /// <inheritdoc />
    public override string ToString() => Hash;

    private static string? FileName(string? source)
    {
        if (string.IsNullOrEmpty(source)) return null;
        var slash = Math.Max(source!.LastIndexOf('/'), source.LastIndexOf('\\'));
        return slash >= 0 ? source.Substring(slash + 1) : source;
    }

    private static void Append(StringBuilder sb, string? part) =>
        sb.Append((part ?? string.Empty).Replace("\\", "\\\\").Replace("|", "\\|")).Append('|');

    private static string HexSha256(string text)
    {
        using var sha = SHA256.Create();
        var bytes = sha.ComputeHash(Encoding.UTF8.GetBytes(text));
        var hex = new StringBuilder(bytes.Length * 2);
        foreach (var b in bytes) hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return hex.ToString();
    }
}

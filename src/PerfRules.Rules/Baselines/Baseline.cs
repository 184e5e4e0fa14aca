using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PerfRules.Findings;
using PerfRules.Tables;
using PerfRules.Import;

namespace PerfRules.Rules.Baselines;

/// <summary>
/// The findings a team has accepted, so that a CI run reports only new ones (<c>perfrules check --baseline</c>).
/// Matching is by <see cref="FindingFingerprint"/> and counts: a baseline holding a fingerprint twice suppresses
/// two such findings, a third is new. Immutable; a run matches through a <see cref="BaselineMatcher"/>.
/// </summary>
/// <remarks>
/// The file is JSON, sorted so that it diffs well in review:
/// <code>
/// { "schemaVersion": 1,
///   "findings": [ { "fingerprint": "v1:3f0c…", "ruleId": "S09", "source": "001.txt", "table": "台式机",
///                   "location": "项目负责人/联系电话", "message": "…" } ] }
/// </code>
/// </remarks>
/// <example>
/// <code>
/// var baseline = Baseline.Create(tables.SelectMany(t => engine.Check(t).Select(f => BaselineEntry.Of(t, f))));
/// baseline.Save("perfrules-baseline.json");
/// // later
/// var matcher = Baseline.Load("perfrules-baseline.json").CreateMatcher();
/// var fresh = engine.Check(table).Where(f => !matcher.Suppresses(table, f));
/// </code>
/// </example>
public sealed class Baseline
{
    /// <summary>The file format version written and read.</summary>
    public const int SchemaVersion = 1;

    private Baseline(IReadOnlyList<BaselineEntry> entries) => Entries = entries;

    /// <summary>A baseline that suppresses nothing.</summary>
    public static Baseline Empty { get; } = new(Array.Empty<BaselineEntry>());

    /// <summary>The accepted findings, sorted by file, table, rule id and fingerprint.</summary>
    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>A baseline accepting these findings.</summary>
    public static Baseline Create(IEnumerable<BaselineEntry> entries)
    {
        if (entries is null) throw new ArgumentNullException(nameof(entries));
        return new Baseline(entries
            .OrderBy(e => e.Source ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(e => e.Table ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToList());
    }

    /// <summary>A matcher for one run: each entry suppresses one finding with its fingerprint.</summary>
    public BaselineMatcher CreateMatcher() => new(this);

    /// <summary>Reads a baseline file.</summary>
    /// <exception cref="InvalidDataException">The file cannot be read or is not a baseline (the message names the file and why).</exception>
    public static Baseline Load(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        string json;
        try
        {
            // Only a regular file, and at most 64 MiB of it (a FIFO or /dev/zero named as the baseline must not hang the run).
            json = Loading.RegularFile.ReadAllText(path, 64L * 1024 * 1024);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InvalidDataException("无法读取基线文件 " + path + "：" + SystemErrorText.Of(e), e);
        }

        return Parse(json, path);
    }

    /// <summary>Reads a baseline from JSON text.</summary>
    /// <exception cref="InvalidDataException">The text is not a baseline.</exception>
    public static Baseline Parse(string json, string name = "<baseline>")
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Bad(name, "顶层不是 JSON 对象");
            if (!root.TryGetProperty("schemaVersion", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != SchemaVersion)
            {
                throw Bad(name, "schemaVersion 应为 " + SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (!root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array) throw Bad(name, "\"findings\" 应为数组");
            var entries = new List<BaselineEntry>();
            var i = 0;
            foreach (var e in findings.EnumerateArray())
            {
                if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("fingerprint", out var fp) || fp.ValueKind != JsonValueKind.String || fp.GetString()!.Length == 0)
                {
                    throw Bad(name, "findings[" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "] 缺少 \"fingerprint\" 文字");
                }

                entries.Add(new BaselineEntry(fp.GetString()!, Text(e, "ruleId") ?? string.Empty, Text(e, "source"), Text(e, "table"), Text(e, "location") ?? string.Empty, Text(e, "message") ?? string.Empty));
                i++;
            }

            return Create(entries);
        }
        catch (JsonException e)
        {
            throw Bad(name, SystemErrorText.Json(e), e);
        }
    }

    /// <summary>Writes the baseline as indented UTF-8 JSON (no BOM).</summary>
    public void Write(Stream stream)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", SchemaVersion);
        w.WriteStartArray("findings");
        foreach (var e in Entries)
        {
            w.WriteStartObject();
            w.WriteString("fingerprint", e.Fingerprint);
            w.WriteString("ruleId", e.RuleId);
            w.WriteString("source", e.Source);
            w.WriteString("table", e.Table);
            w.WriteString("location", e.Location);
            w.WriteString("message", e.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The baseline as JSON text.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        Write(buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the baseline file.</summary>
    public void Save(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        using var stream = File.Create(path);
        Write(stream);
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static InvalidDataException Bad(string name, string why, Exception? inner = null) =>
        new("不是 perfrules 基线文件：" + name + "：" + why, inner);
}

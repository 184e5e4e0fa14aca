using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Json;

/// <summary>
/// Reads table JSON as users hand it in, strictly: one table, an array of tables, or a document
/// <c>{"schemaVersion":1,"tables":[…]}</c> (schemas/perfrules-table.schema.json). A member the format does not have
/// (a misspelt <c>indicatorz</c>) or a key written twice is an I06 warning naming its JSON path — its content is not
/// read, and the finding says so; a document that is not a table (<c>{"hello":"world"}</c>, a number, malformed
/// JSON) is an I10 error with the reason. Never throws on content.
/// </summary>
public static class TableJsonReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    /// <summary>The members of an indicator value (kind-specific; see <see cref="PerfRulesJson.Serialize(IndicatorValue)"/>).</summary>
    private static readonly HashSet<string> ValueMembers = new(StringComparer.Ordinal)
    {
        "kind", "text", "comparison", "number", "unit", "unitSource", "magnitude", "low", "high", "word", "qualitativeKind", "rank", "amount", "dateKind", "start", "end", "reason",
    };

    /// <summary>Reads a JSON file (UTF-8); a missing or unreadable file is an I10 finding.</summary>
    public static TableReadResult ReadFile(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        try
        {
            return Read(File.ReadAllText(path, Encoding.UTF8), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return Unreadable(path, "文件无法打开（" + SystemErrorText.Of(e) + "）");
        }
    }

    /// <summary>Reads JSON text: the tables, and the findings about members it could not take.</summary>
    public static TableReadResult Read(string json, string? source)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            return Unreadable(source, "不是合法的 JSON（" + Position(e) + "语法错误）");
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (NotATable(root) is { } why) return Unreadable(source, why);
            var findings = new List<Finding>();
            var info = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("tables", out _)
                ? (JsonTypeInfo)PerfRulesJsonContext.Default.TableDocumentJson
                : PerfRulesJsonContext.Default.TableJson;
            if (root.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in root.EnumerateArray()) Check(item, info, "$[" + (i++).ToString(CultureInfo.InvariantCulture) + "]", findings);
            }
            else
            {
                Check(root, info, "$", findings);
            }

            try
            {
                IReadOnlyList<PerformanceTable> tables = root.ValueKind switch
                {
                    JsonValueKind.Array => root.EnumerateArray().Select(e => PerfRulesJson.DeserializeTable(e.GetRawText())).ToList(),
                    _ when info == PerfRulesJsonContext.Default.TableDocumentJson => PerfRulesJson.DeserializeDocument(root.GetRawText()),
                    _ => new[] { PerfRulesJson.DeserializeTable(root.GetRawText()) },
                };
                // Each finding goes to the table its path lies in ($, $[i], $.tables[i]); the rest are about the file.
                var prefix = root.ValueKind == JsonValueKind.Array ? "$[" : info == PerfRulesJsonContext.Default.TableJson ? null : "$.tables[";
                var owned = findings.ToLookup(f => Owner(f.Location.Field!, prefix));
                return new TableReadResult
                {
                    Source = source,
                    Tables = tables.Select((t, i) => t with { Source = t.Source ?? source, ImportFindings = t.ImportFindings.Concat(owned[i]).ToValueList() }).ToValueList(),
                    Findings = owned[-1].ToValueList(),
                };
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or OverflowException or ArgumentException)
            {
                return Unreadable(source, "JSON 不是绩效目标表（" + (e is JsonException j ? SystemErrorText.JsonDetail(j) : "内容无法按表读取") + "）");
            }
        }
    }

    /// <summary>The index of the table a JSON path lies in (<c>$.tables[2].x</c> → 2), 0 for a single table, -1 for none.</summary>
    private static int Owner(string path, string? prefix)
    {
        if (prefix is null) return 0;
        if (!path.StartsWith(prefix, StringComparison.Ordinal)) return -1;
        var end = path.IndexOf(']', prefix.Length);
        return end > prefix.Length && int.TryParse(path.Substring(prefix.Length, end - prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1;
    }

    /// <summary>Why the root is no table input, or null: a table object has a <c>name</c> or <c>indicators</c>.</summary>
    private static string? NotATable(JsonElement root)
    {
        switch (root.ValueKind)
        {
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in root.EnumerateArray())
                {
                    if (NotATableObject(item) is { } why) return "数组第 " + (i + 1).ToString(CultureInfo.InvariantCulture) + " 项" + why;
                    i++;
                }

                return null;
            case JsonValueKind.Object when root.TryGetProperty("tables", out var tables):
                return tables.ValueKind == JsonValueKind.Array ? null : "“tables”不是数组";
            case JsonValueKind.Object:
                return NotATableObject(root) is { } reason ? "JSON " + reason : null;
            default:
                return "JSON 顶层既不是表对象、表数组，也不是 {\"schemaVersion\":1,\"tables\":[…]} 文档（是 " + Kind(root.ValueKind) + "）";
        }
    }

    private static string? NotATableObject(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object) return "不是对象（是 " + Kind(e.ValueKind) + "）";
        if (e.TryGetProperty("name", out _) || e.TryGetProperty("indicators", out _)) return null;
        var members = e.EnumerateObject().Select(p => p.Name).Take(5).ToList();
        return "对象既没有 name 也没有 indicators，不是绩效目标表" + (members.Count == 0 ? "（空对象）" : "（成员：" + string.Join("、", members) + "）");
    }

    /// <summary>Reports unknown members and duplicate keys under <paramref name="e"/>, which <paramref name="info"/> describes.</summary>
    private static void Check(JsonElement e, JsonTypeInfo? info, string path, List<Finding> findings)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var known = Members(info);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var p in e.EnumerateObject())
                {
                    var at = path + "." + p.Name;
                    if (!seen.Add(p.Name))
                    {
                        findings.Add(Warning(at, "JSON 键「" + p.Name + "」在同一对象中重复出现（" + at + "）；只读取了最后一个，其余的值未读取，请删去重复的键", p.Name));
                    }

                    if (known is not null && !known.TryGetValue(p.Name, out _))
                    {
                        findings.Add(Warning(at, "JSON 成员「" + p.Name + "」（" + at + "）不是绩效目标表格式中的字段，其内容未读取；请检查拼写（见 schemas/perfrules-table.schema.json）", p.Name));
                        continue;
                    }

                    Check(p.Value, known is not null ? known[p.Name] : null, at, findings);
                }

                break;
            case JsonValueKind.Array:
                var element = Element(info);
                var i = 0;
                foreach (var item in e.EnumerateArray()) Check(item, element, path + "[" + (i++).ToString(CultureInfo.InvariantCulture) + "]", findings);
                break;
        }
    }

    /// <summary>The members of an object type (name → its type's metadata), or null when any member goes (a converter's own shape).</summary>
    private static Dictionary<string, JsonTypeInfo?>? Members(JsonTypeInfo? info)
    {
        if (info is null) return null;
        var type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        if (type == typeof(IndicatorValue) || typeof(IndicatorValue).IsAssignableFrom(type)) return ValueMembers.ToDictionary(m => m, _ => (JsonTypeInfo?)null, StringComparer.Ordinal);
        if (info.Kind != JsonTypeInfoKind.Object) return null;
        var members = new Dictionary<string, JsonTypeInfo?>(StringComparer.Ordinal);
        foreach (var p in info.Properties) members[p.Name] = TypeInfo(info.Options, p.PropertyType);
        return members;
    }

    private static JsonTypeInfo? Element(JsonTypeInfo? info)
    {
        if (info is null) return null;
        if (info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } element) return TypeInfo(info.Options, element);
        var type = info.Type;
        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueList<>) ? TypeInfo(info.Options, type.GetGenericArguments()[0]) : null;
    }

    private static JsonTypeInfo? TypeInfo(JsonSerializerOptions options, Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTime)) return null;
        return options.TryGetTypeInfo(t, out var info) ? info : null;
    }

    private static Finding Warning(string path, string message, string member) => new(ImportRuleIds.LineUnplaced, Severity.Warning, message, new FindingLocation { Field = path })
    {
        Arguments = ValueList.Of(new FindingArgument("path", path), new FindingArgument("member", member)),
    };

    private static string Position(JsonException e) =>
        e.LineNumber is { } line ? "第 " + (line + 1).ToString(CultureInfo.InvariantCulture) + " 行" + (e.BytePositionInLine is { } b ? "第 " + (b + 1).ToString(CultureInfo.InvariantCulture) + " 字节" : string.Empty) + "：" : string.Empty;

    private static string Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "数组",
        JsonValueKind.String => "字符串",
        JsonValueKind.Number => "数字",
        JsonValueKind.True or JsonValueKind.False => "布尔值",
        JsonValueKind.Null => "null",
        _ => "对象",
    };

    private static TableReadResult Unreadable(string? source, string why) => new()
    {
        Source = source,
        Findings = ValueList.Of(new Finding(ImportRuleIds.UnreadableInput, Severity.Error, "无法读取：" + why, FindingLocation.Table)),
    };
}

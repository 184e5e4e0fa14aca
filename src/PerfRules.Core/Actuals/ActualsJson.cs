using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PerfRules.Tables;
using PerfRules.Import;

namespace PerfRules.Actuals;

/// <summary>
/// Reads and writes actuals files (JSON, UTF-8). Reading never throws on file content: every problem is
/// an <see cref="ActualsError"/> with its JSON path (and line for syntax errors).
/// </summary>
/// <remarks>
/// <para>Format (comments and trailing commas allowed; unknown keys are errors):</para>
/// <code>
/// {
///   "asOf": "2026-12-31",                       // optional, yyyy-MM-dd
///   "tables": [
///     {
///       "name": "台式机",                        // 项目名称, matched to the table
///       "budget": 6,                            // optional 调整后预算数; default: the table's full-year budget
///       "executed": 5.8,                        // 全年执行数 (万元)
///       "actuals": [
///         { "indicator": "设备购置数量", "value": "9台", "reason": "1台次年交付", "judgement": null, "row": null }
///       ]
///     }
///   ]
/// }
/// </code>
/// <para><c>value</c> is text in the indicator-value notation (<c>9台</c>, <c>≥85%</c>, <c>完成</c>, <c>基本完成</c>);
/// <c>judgement</c> (<c>met</c> | <c>partiallyMet</c> | <c>notMet</c>, or 达成 / 部分达成 / 未达成) scores a free-text target;
/// <c>row</c> (1-based indicator row) is needed only where the table repeats a 三级 name.</para>
/// </remarks>
public static class ActualsJson
{
    private const string DateFormat = "yyyy-MM-dd";

    private static readonly ActualsJsonContext WriteContext = new(new JsonSerializerOptions(ActualsJsonContext.Default.Options)
    {
        // Chinese stays readable in the file an officer edits.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Reads an actuals document from JSON text.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">Where it came from (kept in the result), or null.</param>
    public static ActualsReadResult Read(string json, string? source)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        ActualsFileDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(json, ActualsJsonContext.Default.ActualsFileDto);
        }
        catch (JsonException e)
        {
            return Failed(source, FromJsonException(e));
        }
        catch (ArgumentException)
        {
            return Failed(source, new ActualsError("$", "实际值文件含有无效的 Unicode 字符（孤立的代理项），无法作为 JSON 读取。"));
        }

        if (dto is null) return Failed(source, new ActualsError("$", "实际值文件应为一个 JSON 对象，不能是 null。"));

        var errors = new List<ActualsError>();
        var document = Convert(dto, errors);
        return errors.Count == 0
            ? new ActualsReadResult { Document = document, Source = source }
            : new ActualsReadResult { Errors = errors.ToValueList(), Source = source };
    }

    /// <summary>Reads an actuals document from a UTF-8 stream (a BOM is accepted).</summary>
    public static ActualsReadResult Read(Stream stream, string? source)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        string text;
        try
        {
            using var reader = new StreamReader(stream, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: true);
            text = reader.ReadToEnd();
        }
        catch (Exception e) when (e is IOException or DecoderFallbackException)
        {
            return Failed(source, new ActualsError("$", "实际值文件无法读取（" + SystemErrorText.Of(e) + "）。"));
        }

        return Read(text, source);
    }

    /// <summary>Reads an actuals file; a missing or unreadable file is an error in the result, not an exception.</summary>
    public static ActualsReadResult ReadFile(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return Failed(path, new ActualsError("$", "实际值文件“" + path + "”无法打开（" + SystemErrorText.Of(e) + "）。"));
        }
    }

    /// <summary>Writes a document in the format <see cref="Read(string, string?)"/> reads (indented, Chinese unescaped, nulls omitted).</summary>
    public static string Write(ActualsDocument document)
    {
        if (document is null) throw new ArgumentNullException(nameof(document));
        var dto = new ActualsFileDto
        {
            AsOf = document.AsOf?.ToString(DateFormat, CultureInfo.InvariantCulture),
            Tables = new List<TableActualsDto?>(),
        };
        foreach (var table in document.Tables)
        {
            var t = new TableActualsDto { Name = table.Name, Budget = table.Budget, Executed = table.Executed, Actuals = new List<IndicatorActualDto?>() };
            foreach (var actual in table.Indicators)
            {
                t.Actuals.Add(new IndicatorActualDto
                {
                    Indicator = actual.Indicator,
                    Value = actual.Value,
                    Reason = actual.Reason,
                    Judgement = actual.Judgement is { } j ? JudgementText(j) : null,
                    Row = actual.Row,
                });
            }

            dto.Tables.Add(t);
        }

        return JsonSerializer.Serialize(dto, WriteContext.ActualsFileDto);
    }

    /// <summary>
    /// True when a parsed JSON root is an actuals document rather than a table document: it has
    /// <c>asOf</c>, or its first table carries <c>actuals</c> or <c>executed</c>. Lets input discovery
    /// (a folder holding both tables and actuals) tell the two apart without an error.
    /// </summary>
    public static bool IsActualsDocument(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object) return false;
        if (root.TryGetProperty("asOf", out _)) return true;
        if (!root.TryGetProperty("tables", out var tables) || tables.ValueKind != JsonValueKind.Array) return false;
        foreach (var table in tables.EnumerateArray())
        {
            return table.ValueKind == JsonValueKind.Object && (table.TryGetProperty("actuals", out _) || table.TryGetProperty("executed", out _));
        }

        return false;
    }

    /// <summary>The file spelling of a judgement: <c>met</c>, <c>partiallyMet</c>, <c>notMet</c>.</summary>
    public static string JudgementText(Judgement judgement) => judgement switch
    {
        Judgement.Met => "met",
        Judgement.PartiallyMet => "partiallyMet",
        Judgement.NotMet => "notMet",
        _ => throw new ArgumentOutOfRangeException(nameof(judgement), judgement, null),
    };

    /// <summary>Parses a judgement: <c>met</c>/<c>partiallyMet</c>/<c>notMet</c> (any case) or 达成/部分达成/未达成; false otherwise.</summary>
    public static bool TryParseJudgement(string? text, out Judgement judgement)
    {
        judgement = default;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "met" or "达成" or "已达成" or "完成":
                judgement = Judgement.Met;
                return true;
            case "partiallymet" or "partially-met" or "部分达成" or "基本达成" or "基本完成":
                judgement = Judgement.PartiallyMet;
                return true;
            case "notmet" or "not-met" or "未达成" or "未完成":
                judgement = Judgement.NotMet;
                return true;
            default:
                return false;
        }
    }

    private static ActualsDocument Convert(ActualsFileDto dto, List<ActualsError> errors)
    {
        DateTime? asOf = null;
        if (dto.AsOf is { } asOfText)
        {
            if (DateTime.TryParseExact(asOfText.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) asOf = parsed.Date;
            else errors.Add(new ActualsError("$.asOf", "日期“" + asOfText + "”无法识别，应写作 yyyy-MM-dd（如 2026-12-31）。"));
        }

        if (dto.Tables is null)
        {
            errors.Add(new ActualsError("$.tables", "缺少 tables（各表的实际值）。"));
            return new ActualsDocument { AsOf = asOf };
        }

        var tables = new List<TableActuals>(dto.Tables.Count);
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < dto.Tables.Count; i++)
        {
            var path = "$.tables[" + Index(i) + "]";
            var t = dto.Tables[i];
            if (t is null)
            {
                errors.Add(new ActualsError(path, "表的实际值不能是 null。"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(t.Name))
            {
                errors.Add(new ActualsError(path + ".name", "缺少表名（项目名称）。"));
            }
            else if (names.TryGetValue(t.Name!.Trim(), out var first))
            {
                errors.Add(new ActualsError(path + ".name", "表“" + t.Name + "”重复（第一次在 $.tables[" + Index(first) + "]）。"));
            }
            else
            {
                names[t.Name.Trim()] = i;
            }

            CheckAmount(t.Budget, path + ".budget", "预算数", errors);
            CheckAmount(t.Executed, path + ".executed", "执行数", errors);
            tables.Add(new TableActuals(t.Name?.Trim() ?? string.Empty)
            {
                Budget = t.Budget,
                Executed = t.Executed,
                Indicators = ConvertActuals(t.Actuals, path, errors).ToValueList(),
            });
        }

        return new ActualsDocument { AsOf = asOf, Tables = tables.ToValueList() };
    }

    private static List<IndicatorActual> ConvertActuals(List<IndicatorActualDto?>? actuals, string tablePath, List<ActualsError> errors)
    {
        var result = new List<IndicatorActual>();
        if (actuals is null) return result;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < actuals.Count; i++)
        {
            var path = tablePath + ".actuals[" + Index(i) + "]";
            var a = actuals[i];
            if (a is null)
            {
                errors.Add(new ActualsError(path, "实际值不能是 null。"));
                continue;
            }

            if (string.IsNullOrWhiteSpace(a.Indicator))
            {
                errors.Add(new ActualsError(path + ".indicator", "缺少指标名称（三级指标）。"));
                continue;
            }

            if (a.Row is { } row && row < 1)
            {
                errors.Add(new ActualsError(path + ".row", "行号 " + row.ToString(CultureInfo.InvariantCulture) + " 无效，应从 1 起算。"));
            }

            Judgement? judgement = null;
            if (a.Judgement is { } text)
            {
                if (TryParseJudgement(text, out var j)) judgement = j;
                else errors.Add(new ActualsError(path + ".judgement", "判断“" + text + "”无法识别，应为 met、partiallyMet 或 notMet。"));
            }

            var name = a.Indicator!.Trim();
            var key = name + "\u0000" + (a.Row?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            if (seen.TryGetValue(key, out var first))
            {
                errors.Add(new ActualsError(path + ".indicator", "指标“" + name + "”" + (a.Row is null ? string.Empty : "（第 " + a.Row.Value.ToString(CultureInfo.InvariantCulture) + " 行）") +
                    "的实际值重复（第一次在 " + tablePath + ".actuals[" + Index(first) + "]）。"));
                continue;
            }

            seen[key] = i;
            result.Add(new IndicatorActual(name, a.Value) { Row = a.Row, Reason = string.IsNullOrWhiteSpace(a.Reason) ? null : a.Reason, Judgement = judgement });
        }

        return result;
    }

    private static void CheckAmount(decimal? amount, string path, string what, List<ActualsError> errors)
    {
        if (amount is < 0m) errors.Add(new ActualsError(path, what + " " + amount.Value.ToString(CultureInfo.InvariantCulture) + " 不能为负数。"));
    }

    private static ActualsError FromJsonException(JsonException e)
    {
        var path = string.IsNullOrEmpty(e.Path) ? "$" : e.Path!;
        var line = e.LineNumber is { } l ? (int)l + 1 : (int?)null;
        var column = e.BytePositionInLine is { } c ? (int)c + 1 : (int?)null;
        string message;
        if (e.Message.IndexOf("could not be mapped", StringComparison.Ordinal) >= 0)
        {
            message = "无法识别的属性" + UnmappedName(e.Message) + "（可用：asOf, tables, name, budget, executed, actuals, indicator, value, reason, judgement, row）。";
        }
        else if (e.Message.IndexOf("could not be converted", StringComparison.Ordinal) >= 0)
        {
            message = "类型不符：" + Expected(path) + "。";
        }
        else
        {
            message = SystemErrorText.Json(e) + "。";
        }

        return new ActualsError(path, message) { Line = line, Column = column };
    }

    private static string UnmappedName(string message)
    {
        // "The JSON property 'judgment' could not be mapped to any .NET member …"
        var start = message.IndexOf('\'');
        var end = start >= 0 ? message.IndexOf('\'', start + 1) : -1;
        return end > start + 1 ? "“" + message.Substring(start + 1, end - start - 1) + "”" : string.Empty;
    }

    private static string Expected(string path)
    {
        var dot = path.LastIndexOf('.');
        var last = dot >= 0 ? path.Substring(dot + 1) : path;
        var bracket = last.IndexOf('[');
        if (bracket >= 0) last = last.Substring(0, bracket);
        return last switch
        {
            "budget" or "executed" => "“" + last + "”应为数字（万元），如 5.8",
            "row" => "“row”应为整数行号，如 12",
            "tables" or "actuals" => "“" + last + "”应为数组 [ … ]",
            "value" => "“value”应为文本，如 \"9台\"、\"完成\"",
            _ => "“" + last + "”应为文本",
        };
    }

    private static ActualsReadResult Failed(string? source, ActualsError error) => new() { Errors = ValueList.Of(error), Source = source };

    private static string Index(int i) => i.ToString(CultureInfo.InvariantCulture);
}

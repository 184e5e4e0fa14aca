using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using PerfRules.Checks;
using PerfRules.Import;

namespace PerfRules.Rules.Loading;

/// <summary>Reads a profile JSON strictly; every problem is a <see cref="RuleLoadException"/> naming the file and the member, in Chinese.</summary>
internal static class ProfileReader
{
    private static readonly HashSet<string> Members = new(StringComparer.Ordinal) { "name", "description", "source", "basedOn", "rules", "ruleFiles", "scoring", "labels" };
    private static readonly HashSet<string> SettingMembers = new(StringComparer.Ordinal) { "enabled", "severity" };

    public static RuleProfile Read(string json, string sourceName, string? baseDirectory)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowDuplicateProperties = false,
            });
        }
        catch (JsonException ex)
        {
            throw new RuleLoadException(sourceName, null, null, "配置文件的 " + SystemErrorText.Json(ex), ex);
        }
        catch (ArgumentException ex)
        {
            throw new RuleLoadException(sourceName, null, null, "配置文件不是有效的 Unicode（含单独的 UTF-16 代理项）；请以 UTF-8 重新保存", ex);
        }

        using (document)
        {
            try
            {
                return ReadProfile(document.RootElement, sourceName, baseDirectory);
            }
            catch (InvalidOperationException ex)
            {
                // A JSON escape of a lone UTF-16 surrogate ("\ud800") cannot be turned into a .NET string.
                throw new RuleLoadException(sourceName, null, null, "配置文件的字符串中有无效的转义（单独的 UTF-16 代理项，如 \\ud800），无法成为文本；请删除它或写出完整的字符", ex);
            }
        }
    }

    /// <summary>
    /// Where a profile's <c>ruleFiles</c> entry points: relative to the profile's folder (or the current folder for a
    /// profile given as text), and inside it. An absolute path, or one whose <c>..</c> leaves the folder, is refused
    /// before anything is read: a profile shared with others must not make the tool open files elsewhere.
    /// </summary>
    private static string RuleFilePath(string sourceName, string? baseDirectory, string path)
    {
        if (Path.IsPathRooted(path))
        {
            throw Error(sourceName, "ruleFiles 中的「" + path + "」是绝对路径；规则文件须用相对于配置文件所在文件夹的路径，并位于该文件夹内");
        }

        var root = Path.GetFullPath(baseDirectory ?? Directory.GetCurrentDirectory());
        var full = Path.GetFullPath(Path.Combine(root, path));
        var prefix = root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? root : root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw Error(sourceName, "ruleFiles 中的「" + path + "」指向配置文件所在文件夹（" + root + "）之外；规则文件须位于该文件夹内");
        }

        return full;
    }

    private static RuleProfile ReadProfile(JsonElement root, string sourceName, string? baseDirectory)
    {
        if (root.ValueKind != JsonValueKind.Object) throw Error(sourceName, "配置文件应是 JSON 对象（{ \"name\": …, \"rules\": { … } }）；格式见 docs/rules/README.md");
        foreach (var p in root.EnumerateObject())
        {
            if (!Members.Contains(p.Name)) throw Error(sourceName, "未知成员「" + p.Name + "」（允许：" + string.Join("、", Members) + "）；请检查拼写");
        }

        var name = String(root, "name", sourceName) ?? Path.GetFileNameWithoutExtension(sourceName);
        var description = String(root, "description", sourceName);
        var basedOn = String(root, "basedOn", sourceName);
        if (basedOn is not null && !Contains(RuleProfile.BuiltInNames, basedOn))
        {
            throw Error(sourceName, "basedOn「" + basedOn + "」不是内置配置（可用：" + string.Join("、", RuleProfile.BuiltInNames) + "）");
        }

        var rules = new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
        if (root.TryGetProperty("rules", out var rulesElement))
        {
            if (rulesElement.ValueKind != JsonValueKind.Object) throw Error(sourceName, "rules 应是“规则 id → { enabled, severity }”的对象，如 { \"S01\": { \"severity\": \"warning\" } }");
            foreach (var r in rulesElement.EnumerateObject()) rules.Add(r.Name, ReadSetting(sourceName, r.Name, r.Value));
        }

        var files = new List<string>();
        if (root.TryGetProperty("ruleFiles", out var filesElement))
        {
            if (filesElement.ValueKind != JsonValueKind.Array) throw Error(sourceName, "ruleFiles 应是路径字符串的数组");
            foreach (var f in filesElement.EnumerateArray())
            {
                if (f.ValueKind != JsonValueKind.String || CheckText.IsBlank(f.GetString())) throw Error(sourceName, "ruleFiles 中的每一项都应是非空的路径字符串");
                files.Add(RuleFilePath(sourceName, baseDirectory, f.GetString()!));
            }
        }

        string? scoring = null;
        if (root.TryGetProperty("scoring", out var scoringElement))
        {
            if (scoringElement.ValueKind != JsonValueKind.Object) throw Error(sourceName, "scoring 应是 JSON 对象（评分配置）");
            scoring = scoringElement.GetRawText();
        }

        return new RuleProfile(name, rules, basedOn, files, description, scoring, sourceName) { Labels = ReadLabels(root, sourceName) };
    }

    private static RuleSetting ReadSetting(string sourceName, string key, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object) throw Error(sourceName, "rules.「" + key + "」应是含 enabled 和/或 severity 的对象，如 { \"enabled\": false }");
        bool? enabled = null;
        Findings.Severity? severity = null;
        foreach (var p in value.EnumerateObject())
        {
            if (!SettingMembers.Contains(p.Name)) throw Error(sourceName, "rules.「" + key + "」中有未知成员「" + p.Name + "」（允许：enabled、severity）；请检查拼写");
        }

        if (value.TryGetProperty("enabled", out var e))
        {
            enabled = e.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Error(sourceName, "rules.「" + key + "」.enabled 应是 true 或 false"),
            };
        }

        if (value.TryGetProperty("severity", out var s))
        {
            var text = s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            if (!RuleFileChecks.TryParseSeverity(text, out var parsed))
            {
                throw Error(sourceName, "rules.「" + key + "」.severity「" + (text ?? s.GetRawText()) + "」不是 error、warning、info 之一");
            }

            severity = parsed;
        }

        return new RuleSetting(enabled, severity);
    }

    private static string? String(JsonElement root, string name, string sourceName)
    {
        if (!root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        return v.ValueKind == JsonValueKind.String ? v.GetString() : throw Error(sourceName, name + " 应是字符串");
    }

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        foreach (var s in list)
        {
            if (string.Equals(s, value, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>
    /// <c>"labels": { "主管部门": ["主管预算部门"] }</c>: labels the reader should know for this issuer's forms, checked
    /// against the reader's vocabulary here so a key naming no field fails at load.
    /// </summary>
    private static IReadOnlyDictionary<string, IReadOnlyList<string>> ReadLabels(JsonElement root, string sourceName)
    {
        var labels = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (!root.TryGetProperty("labels", out var element)) return labels;
        if (element.ValueKind != JsonValueKind.Object) throw Error(sourceName, "labels 应是“字段 → [标签, …]”的对象，如 { \"主管部门\": [\"主管预算部门\"] }");
        foreach (var p in element.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.Array) throw Error(sourceName, "labels.「" + p.Name + "」应是标签字符串的数组");
            var list = new List<string>();
            foreach (var item in p.Value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String || CheckText.IsBlank(item.GetString())) throw Error(sourceName, "labels.「" + p.Name + "」中的每一项都应是非空的标签字符串");
                list.Add(item.GetString()!);
            }

            labels[p.Name] = list;
        }

        try
        {
            _ = Import.TableReaderOptions.Default with { Labels = labels };
        }
        catch (ArgumentException e)
        {
            throw Error(sourceName, SystemErrorText.WithoutParameter(e));
        }

        return labels;
    }

    private static RuleLoadException Error(string sourceName, string reason) => new(sourceName, null, null, reason);
}

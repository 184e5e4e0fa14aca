using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using PerfRules.Checks;
using PerfRules.Import;

namespace PerfRules.Rules.Loading;

/// <summary>Reads a profile JSON strictly; every problem is a <see cref="RuleLoadException"/> naming the file.</summary>
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
            throw new RuleLoadException(sourceName, null, null, "the profile is not valid Unicode (a lone surrogate): " + ex.Message, ex);
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
                throw new RuleLoadException(sourceName, null, null, "a string holds an invalid escape (a lone UTF-16 surrogate such as \\ud800): " + ex.Message, ex);
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
            throw Error(sourceName, "ruleFiles entry '" + path + "' is an absolute path; rule files are named relative to the profile's folder and must lie inside it");
        }

        var root = Path.GetFullPath(baseDirectory ?? Directory.GetCurrentDirectory());
        var full = Path.GetFullPath(Path.Combine(root, path));
        var prefix = root.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? root : root + Path.DirectorySeparatorChar;
        if (!full.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw Error(sourceName, "ruleFiles entry '" + path + "' leaves the profile's folder (" + root + "); rule files must lie inside it");
        }

        return full;
    }

    private static RuleProfile ReadProfile(JsonElement root, string sourceName, string? baseDirectory)
    {
        if (root.ValueKind != JsonValueKind.Object) throw Error(sourceName, "a profile must be a JSON object");
        foreach (var p in root.EnumerateObject())
        {
            if (!Members.Contains(p.Name)) throw Error(sourceName, "unknown member '" + p.Name + "' (allowed: " + string.Join(", ", Members) + ")");
        }

        var name = String(root, "name", sourceName) ?? Path.GetFileNameWithoutExtension(sourceName);
        var description = String(root, "description", sourceName);
        var basedOn = String(root, "basedOn", sourceName);
        if (basedOn is not null && !Contains(RuleProfile.BuiltInNames, basedOn))
        {
            throw Error(sourceName, "basedOn '" + basedOn + "' is not a built-in profile (" + string.Join(", ", RuleProfile.BuiltInNames) + ")");
        }

        var rules = new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
        if (root.TryGetProperty("rules", out var rulesElement))
        {
            if (rulesElement.ValueKind != JsonValueKind.Object) throw Error(sourceName, "rules must be an object of id → { enabled, severity }");
            foreach (var r in rulesElement.EnumerateObject()) rules.Add(r.Name, ReadSetting(sourceName, r.Name, r.Value));
        }

        var files = new List<string>();
        if (root.TryGetProperty("ruleFiles", out var filesElement))
        {
            if (filesElement.ValueKind != JsonValueKind.Array) throw Error(sourceName, "ruleFiles must be an array of paths");
            foreach (var f in filesElement.EnumerateArray())
            {
                if (f.ValueKind != JsonValueKind.String || CheckText.IsBlank(f.GetString())) throw Error(sourceName, "ruleFiles must hold non-empty path strings");
                files.Add(RuleFilePath(sourceName, baseDirectory, f.GetString()!));
            }
        }

        string? scoring = null;
        if (root.TryGetProperty("scoring", out var scoringElement))
        {
            if (scoringElement.ValueKind != JsonValueKind.Object) throw Error(sourceName, "scoring must be an object");
            scoring = scoringElement.GetRawText();
        }

        return new RuleProfile(name, rules, basedOn, files, description, scoring, sourceName) { Labels = ReadLabels(root, sourceName) };
    }

    private static RuleSetting ReadSetting(string sourceName, string key, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object) throw Error(sourceName, "rules['" + key + "'] must be an object with enabled and/or severity");
        bool? enabled = null;
        Findings.Severity? severity = null;
        foreach (var p in value.EnumerateObject())
        {
            if (!SettingMembers.Contains(p.Name)) throw Error(sourceName, "rules['" + key + "']: unknown member '" + p.Name + "' (allowed: enabled, severity)");
        }

        if (value.TryGetProperty("enabled", out var e))
        {
            enabled = e.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Error(sourceName, "rules['" + key + "'].enabled must be true or false"),
            };
        }

        if (value.TryGetProperty("severity", out var s))
        {
            var text = s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            if (!RuleFileChecks.TryParseSeverity(text, out var parsed))
            {
                throw Error(sourceName, "rules['" + key + "'].severity '" + (text ?? s.GetRawText()) + "' is not one of error, warning, info");
            }

            severity = parsed;
        }

        return new RuleSetting(enabled, severity);
    }

    private static string? String(JsonElement root, string name, string sourceName)
    {
        if (!root.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        return v.ValueKind == JsonValueKind.String ? v.GetString() : throw Error(sourceName, name + " must be a string");
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
        if (element.ValueKind != JsonValueKind.Object) throw Error(sourceName, "labels must be an object of field → [labels]");
        foreach (var p in element.EnumerateObject())
        {
            if (p.Value.ValueKind != JsonValueKind.Array) throw Error(sourceName, "labels." + p.Name + " must be an array of label strings");
            var list = new List<string>();
            foreach (var item in p.Value.EnumerateArray())
            {
                if (item.ValueKind != JsonValueKind.String || CheckText.IsBlank(item.GetString())) throw Error(sourceName, "labels." + p.Name + " must hold non-empty label strings");
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

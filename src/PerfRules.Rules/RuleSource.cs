using System;
using System.IO;
using PerfRules.Import;

namespace PerfRules.Rules;

/// <summary>A rule file's text and the name its errors are reported under.</summary>
public sealed class RuleSource
{
    private RuleSource(string name, string json, bool isBuiltIn)
    {
        Name = name;
        Json = json;
        IsBuiltIn = isBuiltIn;
    }

    /// <summary>The file path, or the name given to a string source (<c>builtin:structure.json</c> for the catalogue).</summary>
    public string Name { get; }

    /// <summary>The JSON text (an array of workflows, or one workflow object).</summary>
    public string Json { get; }

    /// <summary>True for the embedded catalogue (which alone may use the reserved ids).</summary>
    public bool IsBuiltIn { get; }

    /// <summary>Reads a rule file; a missing or unreadable file, one that is not a regular file, or one over <see cref="RuleOptions.MaxRuleFileBytes"/> is a <see cref="RuleLoadException"/>.</summary>
    public static RuleSource FromFile(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        try
        {
            // Only a regular file, and at most RuleOptions.MaxRuleFileBytes of it: a FIFO or /dev/zero must not hang or fill memory.
            return new RuleSource(path, Loading.RegularFile.ReadAllText(path, RuleOptions.MaxRuleFileBytes), false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new RuleLoadException(path, null, null, "无法读取规则文件：" + SystemErrorText.Of(ex), ex);
        }
    }

    /// <summary>A rule file given as text; <paramref name="name"/> is what errors call it.</summary>
    public static RuleSource FromJson(string json, string name = "<string>") =>
        new(name ?? throw new ArgumentNullException(nameof(name)), json ?? throw new ArgumentNullException(nameof(json)), false);

    internal static RuleSource BuiltIn(string name, string json) => new(name, json, true);

    /// <inheritdoc />
    public override string ToString() => Name;
}

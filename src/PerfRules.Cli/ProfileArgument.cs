using System;
using System.IO;
using System.Linq;
using PerfRules.Rules;
using PerfRules.Rules.Loading;
using PerfRules.Tables;

namespace PerfRules.Cli;

/// <summary>
/// What <c>--profile</c> names: a built-in profile name wins over a file of the same name in the current folder
/// (a stray file called <c>national</c> must not silently replace the built-in); to load such a file, write it
/// as a path (<c>./national</c>). Every other argument is a file, read only when it is a regular file.
/// </summary>
internal static class ProfileArgument
{
    /// <summary>True when <paramref name="argument"/> is a built-in name written without any folder part.</summary>
    public static bool IsBuiltInName(string argument, System.Collections.Generic.IEnumerable<string> builtIns) =>
        argument.IndexOfAny(new[] { '/', '\\' }) < 0 && builtIns.Contains(argument, StringComparer.Ordinal);

    /// <summary>The rule profile <paramref name="argument"/> names.</summary>
    /// <exception cref="RuleLoadException">The file cannot be read or is not a valid profile, or the name is unknown.</exception>
    public static RuleProfile Resolve(string argument)
    {
        if (IsBuiltInName(argument, RuleProfile.BuiltInNames)) return RuleProfile.BuiltIn(argument);
        if (!File.Exists(argument) && !Directory.Exists(argument) && argument.IndexOfAny(new[] { '/', '\\' }) < 0 && !Path.HasExtension(argument))
        {
            // Neither a file nor a built-in: say both.
            throw new RuleLoadException(argument, null, null, "既不是文件，也不是内置规则配置（可用：" + string.Join("、", RuleProfile.BuiltInNames) + "）；文件请写成路径，如 ./" + argument);
        }

        return RuleProfile.Load(argument);
    }

    /// <summary>The profile shown in a table's header: its name, and the file it came from when it is not built in.</summary>
    public static string Label(RuleEngine engine, PerformanceTable table)
    {
        var name = engine.ProfileFor(table).Name;
        var source = engine.RuleSet.UserProfile?.SourceName;
        return source is null || source.StartsWith("builtin:", StringComparison.Ordinal) ? name : name + "，文件 " + source;
    }

    /// <summary>Null when <paramref name="path"/> is a regular file, else why it cannot be read.</summary>
    public static string? WhyNotReadable(string path) => RegularFile.WhyNot(path);
}

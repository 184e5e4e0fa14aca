using System;
using System.IO;
using System.Linq;
using PerfRules.Import;
using PerfRules.Tables;

namespace PerfRules.Core.Tests.Import;

/// <summary>The two seed files, read once.</summary>
internal static class Seeds
{
    public const string File000 = "000_27d945da3f6b14f2.txt";
    public const string File001 = "001_31cd2f4c762929cd.txt";

    private static readonly Lazy<TableReadResult> Result000 = new(() => TableTextReader.ReadFile(PathOf(File000)));
    private static readonly Lazy<TableReadResult> Result001 = new(() => TableTextReader.ReadFile(PathOf(File001)));

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "samples", file);

    public static string Text(string file) => File.ReadAllText(PathOf(file));

    public static TableReadResult Read(string file) => file == File000 ? Result000.Value : Result001.Value;

    public static PerformanceTable Table(string name) =>
        Read(File000).Tables.Concat(Read(File001).Tables).Single(t => t.Name == name);

    public static PerformanceTable[] All => Read(File000).Tables.Concat(Read(File001).Tables).ToArray();
}

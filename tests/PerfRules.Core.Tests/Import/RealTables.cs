using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using PerfRules.Import;
using PerfRules.Tables;

namespace PerfRules.Core.Tests.Import;

/// <summary>The ten real tables of other issuers (samples/real/ and its README), each read once.</summary>
internal static class RealTables
{
    public const string Qingshen01 = "01-qingshen-fagai-gongzixing-zp2023.txt";
    public const string Jingyan03 = "03-jingyan-mata-xiangmu-mubiao2023.txt";
    public const string Zhaohua04 = "04-zhaohua-weijian-tekunfuzhu-mubiao2021.txt";
    public const string Tongnan05 = "05-tongnan-wugui-yibanxing-mubiao2023.txt";
    public const string Fengjie06 = "06-fengjie-yunwu-jiagongyuan-shenpi2023.txt";
    public const string Tianchang08 = "08-tianchang-shuili-fangyu-zp2022.txt";
    public const string Huaibei11 = "11-huaibei-wenlv-nongcunwenhua-mubiao2025.txt";
    public const string Yueyanglou14 = "14-yueyanglou-jiagerending-zhengti-mubiao2023.txt";
    public const string Wuhai15 = "15-wuhai-gongxiaoshe-zaishengziyuan-mubiao2021.txt";
    public const string Nankai17 = "17-nankai-shengwushiyan-jianshe-pingjia2018.txt";

    public static readonly string[] All = { Qingshen01, Jingyan03, Zhaohua04, Tongnan05, Fengjie06, Tianchang08, Huaibei11, Yueyanglou14, Wuhai15, Nankai17 };

    private static readonly ConcurrentDictionary<string, TableReadResult> Results = new(StringComparer.Ordinal);

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "samples", "real", file);

    public static string Text(string file) => File.ReadAllText(PathOf(file));

    public static TableReadResult Read(string file) => Results.GetOrAdd(file, f => TableTextReader.ReadFile(PathOf(f)));

    public static PerformanceTable Single(string file) => Assert.Single(Read(file).Tables);

    public static PerformanceTable Table(string file, string name) => Read(file).Tables.Single(t => t.Name == name);

    /// <summary>The indicator named <paramref name="name"/> (三级指标 text as published).</summary>
    public static Indicator Indicator(this PerformanceTable table, string name) => table.Indicators.Single(i => i.Name == name);
}

using System;
using System.Collections.Generic;

namespace PerfRules.Import;

/// <summary>
/// The domain.md hierarchy (财预〔2020〕10号 附件1, 财预〔2021〕101号) as the reader's seam needs it.
/// TEMPORARY: replaced by an adapter over <c>PerfRules.Tables.Hierarchy</c> once that lands on main.
/// </summary>
internal sealed class InterimHierarchy : IIndicatorHierarchy
{
    public static InterimHierarchy Instance { get; } = new();

    private static readonly HashSet<string> Level1 = new(StringComparer.Ordinal)
    {
        "决策", "过程", "产出", "效益", "满意度", "成本", "项目完成", "项目效益",
    };

    private static readonly Dictionary<string, string> Level2 = new(StringComparer.Ordinal)
    {
        ["项目立项"] = "决策", ["绩效目标"] = "决策", ["资金投入"] = "决策",
        ["资金管理"] = "过程", ["组织实施"] = "过程",
        ["数量"] = "产出", ["质量"] = "产出", ["时效"] = "产出", ["成本"] = "产出",
        ["经济效益"] = "效益", ["社会效益"] = "效益", ["生态效益"] = "效益", ["可持续影响"] = "效益",
        ["满意度"] = "满意度", ["服务对象满意度"] = "满意度",
        ["经济成本"] = "成本", ["社会成本"] = "成本", ["生态环境成本"] = "成本",
    };

    public bool IsLevel1(string label) => Level1.Contains(Key(label));

    public bool IsLevel2(string label) => Level2.ContainsKey(Key(label));

    public string? ParentOf(string level2) => Level2.TryGetValue(Key(level2), out var p) ? (p is "决策" or "过程" ? p : p + "指标") : null;

    public bool SameLevel1(string a, string b) => string.Equals(Canonical1(Key(a)), Canonical1(Key(b)), StringComparison.Ordinal);

    private static string Canonical1(string key) => key switch
    {
        "项目完成" => "产出",
        "项目效益" => "效益",
        _ => key,
    };

    private static string Key(string label)
    {
        var k = LabelText.Normalize(label);
        return k.EndsWith("指标", StringComparison.Ordinal) ? k.Substring(0, k.Length - 2) : k;
    }
}

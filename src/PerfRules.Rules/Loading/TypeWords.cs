using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Reflection;

namespace PerfRules.Rules.Loading;

/// <summary>
/// The Chinese word for a type in a message about a rule expression (<c>绩效目标表（table）</c>, <c>数字</c>,
/// <c>文本</c>, <c>类型对象（反射）</c>): a rule author reads what kind of value is meant, never a .NET type name.
/// Helper classes and enums the author names in expressions (<c>Values</c>, <c>ValueKind</c>) keep their names.
/// </summary>
internal static class TypeWords
{
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["Boolean"] = "布尔值（true/false）",
        ["String"] = "文本",
        ["Char"] = "字符",
        ["Byte"] = "数字",
        ["SByte"] = "数字",
        ["Int16"] = "数字",
        ["UInt16"] = "数字",
        ["Int32"] = "数字",
        ["UInt32"] = "数字",
        ["Int64"] = "数字",
        ["UInt64"] = "数字",
        ["Single"] = "数字",
        ["Double"] = "数字",
        ["Decimal"] = "数字",
        ["DateTime"] = "日期",
        ["TimeSpan"] = "时间间隔",
        ["Object"] = "对象",
        ["Void"] = "无返回值的调用",
        ["PerformanceTable"] = "绩效目标表（table）",
        ["Indicator"] = "指标（indicator）",
        ["TableField"] = "字段（field）",
        ["IndicatorCell"] = "指标值单元格（cell）",
        ["Expenditure"] = "支出（funding）",
        ["Funding"] = "资金（table.Funding）",
        ["Amount"] = "金额",
        ["ContactInfo"] = "联系信息",
        ["HeaderField"] = "表头字段",
        ["UnplacedLine"] = "未归位的行",
        ["SectionWeight"] = "分值",
        ["PublishedEvaluation"] = "自评结果",
        ["PublishedIndicator"] = "自评指标",
        ["IndicatorValue"] = "指标值",
        ["NumericValue"] = "指标值（数值）",
        ["RangeValue"] = "指标值（区间）",
        ["QualitativeValue"] = "指标值（定性）",
        ["OnScheduleValue"] = "指标值（按时）",
        ["DateValue"] = "指标值（日期）",
        ["PartialDate"] = "日期",
        ["FreeTextValue"] = "指标值（文字）",
        ["EmptyValue"] = "指标值（空）",
        ["Finding"] = "问题",
        ["FindingLocation"] = "问题位置",
        ["FindingArgument"] = "问题参数",
        ["Promise"] = "承诺",
        ["ValueList"] = "列表",
        ["IEnumerable"] = "列表",
        ["IReadOnlyList"] = "列表",
        ["IReadOnlyCollection"] = "列表",
        ["IList"] = "列表",
        ["ICollection"] = "列表",
        ["List"] = "列表",
        ["IOrderedEnumerable"] = "列表",
        ["IGrouping"] = "分组",
        ["KeyValuePair"] = "键值对",
    };

    /// <summary>The word for a type as the expression parser names it (<c>PerformanceTable</c>, <c>Int32?</c>, <c>ValueList`1</c>).</summary>
    public static string Of(string name)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        var bare = name.TrimEnd('?');
        var tick = bare.IndexOfAny(new[] { '`', '<' });
        if (tick > 0) bare = bare.Substring(0, tick);
        var dot = bare.LastIndexOf('.');
        if (dot >= 0) bare = bare.Substring(dot + 1);
        if (Words.TryGetValue(bare, out var word)) return word;
        if (IsRegistered(bare)) return bare; // a helper class or enum the author names in expressions
        return "沙箱之外的类型";
    }

    /// <summary>The word for <paramref name="type"/>: a value kind, or what a refused type is (类型对象、委托、表达式树 …).</summary>
    public static string Of(Type? type)
    {
        if (type is null) return "未知类型";
        if (Nullable.GetUnderlyingType(type) is { } underlying) return Of(underlying);
        if (type.IsArray) return Of(type.GetElementType()) + "数组";
        if (typeof(MemberInfo).IsAssignableFrom(type) || type.Name == "RuntimeType") return "类型对象（反射）";
        if (typeof(Delegate).IsAssignableFrom(type)) return "委托";
        if (typeof(Expression).IsAssignableFrom(type)) return "表达式树";
        if (typeof(Assembly).IsAssignableFrom(type)) return "程序集（反射）";
        return Of(type.Name);
    }

    private static bool IsRegistered(string name)
    {
        foreach (var t in ExpressionTypes.Helpers)
        {
            if (t.Name == name) return true;
        }

        foreach (var t in ExpressionTypes.Enums)
        {
            if (t.Name == name) return true;
        }

        return false;
    }
}

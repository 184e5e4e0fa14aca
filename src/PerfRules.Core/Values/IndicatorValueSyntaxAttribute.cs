using System;

namespace PerfRules.Values;

/// <summary>
/// Marks a <see cref="string"/> parameter whose argument is indicator-value text (半年/全年 指标值 such as
/// <c>≥5家</c>, <c>=100%</c>, <c>充分</c>). The PerfRules analyzer checks constant arguments at compile time:
/// PR0001 when the text does not parse (<see cref="IndicatorValueParser"/>), PR0002 when it spells a
/// comparison in a non-canonical way (<c>&gt;=</c>, <c>＞＝</c>, <c>不少于</c> instead of <c>≥</c>).
/// </summary>
/// <remarks>
/// Apply it to your own APIs that take indicator text so their callers get the same diagnostics as
/// <see cref="IndicatorValue.Parse(string, string?)"/> and <see cref="Tables.TableBuilder"/>. Only constant
/// arguments are analysed; values computed at run time are left to the parser.
/// </remarks>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = true)]
public sealed class IndicatorValueSyntaxAttribute : Attribute
{
}

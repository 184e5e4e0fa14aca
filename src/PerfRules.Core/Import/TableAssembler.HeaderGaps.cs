using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PerfRules.Checks;
using PerfRules.Findings;
using PerfRules.Import.Layouts;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>
/// The passes that decide what the header region told the reader: whether the table has a header at all, a
/// project name taken from the title when no field holds one, and I16 where a required field is missing while
/// header lines stayed unread (the field may be there under a label the vocabulary does not know).
/// </summary>
internal sealed partial class TableAssembler
{
    /// <summary>Form words a title ends with after the project's name (longest first).</summary>
    private static readonly string[] TitleForms =
    {
        "项目支出绩效目标申报表", "项目支出绩效目标表", "项目支出绩效自评表", "绩效目标申报表", "绩效目标审批表", "绩效目标审核表", "绩效评价指标表",
        "绩效自评表", "绩效目标表", "评价指标表", "绩效评价表", "目标表",
    };

    /// <summary>Names that are a form's kind, not a project (一般性项目, 项目支出 …).</summary>
    private static readonly HashSet<string> GenericNames = new(StringComparer.Ordinal)
    {
        "项目", "项目支出", "部门", "整体", "部门整体", "一般性项目", "专项资金", "财政支出项目", "部门预算项目", "抗疫特别国债项目", "市级项目", "区级项目",
    };

    /// <summary>Source lines of the header region (before the indicator block) that no field, block or caption took.</summary>
    private readonly List<(int Line, string Text, string First)> _headerGaps = new();

    /// <summary>How many lines the header region held (lines read before the indicator block, the title line aside).</summary>
    private int _headerLines;

    /// <summary>True when the table starts at its indicator header with no title or header before it.</summary>
    public bool StartsWithoutHeader => _noHeader;

    /// <summary>
    /// True when the indicator block is whole: a totals row (合计, 总分) closed it. A table that starts at its indicator
    /// header and ends with its totals row lost only its head above the header (a page that begins inside it), so its
    /// indicator rows can still be checked while its header fields are not judged (<see cref="PerformanceTable.HasHeader"/>).
    /// </summary>
    public bool IndicatorBlockClosed => _block is not null && (_totalWeight is not null || _totalScore is not null);

    /// <summary>
    /// True when the source shows a header region: a field was read, or lines came between the title and the
    /// indicator block. A title directly above the indicator header (an 评价指标表) or a table that starts at its
    /// indicator header (cut off above it, or an evaluation notice) has none, so S01 does not judge its header
    /// fields (<see cref="PerformanceTable.HasHeader"/>); a contact in its footer does not make one.
    /// </summary>
    private bool HeaderRegionSeen => !_noHeader && (_fields.Count > 0 || _headerLines > 0);

    /// <summary>Counts a line of the header region and remembers it when it stays unread.</summary>
    private void NoteHeaderLine() => _headerLines += _block is null ? 1 : 0;

    /// <summary>Remembers an unplaced line of the header region (I16 names it when a required field is missing).</summary>
    private void NoteHeaderGap(SourceLine line, string text)
    {
        if (_block is not null || FieldOf() is not null) return;
        _headerGaps.Add((line.Number, text, line.First ?? text));
    }

    /// <summary>
    /// A project name from the title when no field holds one (<c>2019年度宁晋县高中助学金项目绩效评价指标表</c> →
    /// 宁晋县高中助学金项目): the year and the form's words dropped; nothing when what is left names only a kind of form.
    /// </summary>
    private string? NameFromTitle()
    {
        if (_title is null || !HeaderLabels.IsTitle(_title)) return null;
        var t = LabelText.Normalize(_title);
        var open = t.LastIndexOf('(');
        if (open > 0 && t.EndsWith(")", StringComparison.Ordinal)) t = t.Substring(0, open);
        var form = TitleForms.FirstOrDefault(f => t.EndsWith(f, StringComparison.Ordinal));
        if (form is null) return null;
        t = t.Substring(0, t.Length - form.Length);
        if (t.Length > 5 && char.IsDigit(t[0]) && t.IndexOf('年') is var y && y is >= 4 and <= 5)
        {
            t = t.Substring(y + 1);
            if (t.StartsWith("度", StringComparison.Ordinal)) t = t.Substring(1);
        }

        t = t.TrimEnd('的');

        // What is left must name a project or a fund (…项目, …资金, …经费), not the issuer of a template (南京市市级项目预算).
        var names = t.EndsWith("项目", StringComparison.Ordinal) || t.EndsWith("资金", StringComparison.Ordinal) || t.EndsWith("经费", StringComparison.Ordinal);
        return names && t.Length >= 4 && !GenericNames.Contains(t) ? t : null;
    }

    /// <summary>
    /// I16 for each required field that is missing while header lines stayed unread: the finding names those lines
    /// and says how to teach the reader the label; S01 then does not claim the field is empty (the reader did not
    /// understand the region where it would be).
    /// </summary>
    private void ReportHeaderGaps(List<Finding> findings, string layout, IEnumerable<(string Field, bool Present)> fields)
    {
        if (_headerGaps.Count == 0) return;
        var lines = string.Join("、", _headerGaps.Take(3).Select(g => "第" + g.Line.ToString(CultureInfo.InvariantCulture) + "行「" + SourceLine.Excerpt(g.Text) + "」"))
            + (_headerGaps.Count > 3 ? "等" + _headerGaps.Count.ToString(CultureInfo.InvariantCulture) + "行" : string.Empty);
        var label = LabelText.RemoveWhitespace(_headerGaps[0].First);
        foreach (var (field, present) in fields)
        {
            if (present || !HeaderChecks.IsRequiredField(field, layout)) continue;
            findings.Add(new Finding(ImportRuleIds.FieldUnderUnknownLabel, Severity.Warning,
                "未读到「" + field + "」，表头有未能识别的行：" + lines + "。若「" + field + "」写在其中，请在配置文件中加入该标签，如 \"labels\": {\"" + field + "\": [\"" + label + "\"]}",
                FindingLocation.ForField(field, _headerGaps[0].Line))
            {
                Arguments = ValueList.Of(new FindingArgument("value", _headerGaps[0].Text)),
            });
        }
    }
}

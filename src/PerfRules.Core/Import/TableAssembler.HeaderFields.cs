using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Import.Layouts;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>
/// The header fields of stage 5: a header line read as label, value pairs (<see cref="ReadHeaderLine"/>), each field
/// committed once (a second one under the same label is kept verbatim, one under another label is a field of its own),
/// the funding unit, and 资金总额 written as a field.
/// </summary>
internal sealed partial class TableAssembler
{
    private void ReadHeaderLine(SourceLine line)
    {
        var leftovers = new List<string>();
        HeaderFieldKind? kind = null;
        var label = string.Empty;
        var values = new List<string>();

        void Start(HeaderFieldKind k, string text)
        {
            if (kind is { } previous) Commit(previous, label, values, line, leftovers);
            kind = k;
            label = text;
            values = new List<string>();
        }

        foreach (var (_, text) in line.NonEmpty())
        {
            if (HeaderLabels.TryGet(text, _labels, out var k))
            {
                Start(k, text);
            }
            else if (HeaderLabels.TrySplit(text, _labels, out var head, out var value) && HeaderLabels.TryGet(head, _labels, out var hk))
            {
                // 预算单位: 奉节县云雾土家族乡人民政府, 报表编号:510000_0013zp — label and value in one cell.
                Start(hk, head);
                if (value.Length > 0) values.Add(value);
            }
            else if (LayoutCells.TryUnit(text, out var unit))
            {
                if (!TryAcceptUnit(unit, out _)) leftovers.Add(text);
            }
            else if (kind is null)
            {
                leftovers.Add(text);
            }
            else
            {
                values.Add(text);
            }
        }

        if (kind is { } last) Commit(last, label, values, line, leftovers);
        if (leftovers.Count > 0) Unplaced(line, leftovers, "无法归入表头字段");
    }

    /// <summary>
    /// Takes a funding unit (<c>单位:万元</c>) unless it contradicts the one already read or stated by the 项目资金
    /// caption: a second, different unit would silently rescale every amount (元 vs 万元), so the caller keeps it aside.
    /// </summary>
    private bool TryAcceptUnit(string unit, out string known)
    {
        known = _fundingUnit ?? _funding?.StatedUnit ?? _sourceFunding?.Unit ?? _budget?.Unit ?? unit;
        if (!string.Equals(known, unit, StringComparison.Ordinal)) return false;
        _fundingUnit = unit;
        return true;
    }

    /// <summary>Commits a label read from a label row (<see cref="GoalGrid"/>) or a shortened label.</summary>
    private void CommitLabel(string label, List<string> values, SourceLine? line)
    {
        if (!HeaderLabels.TryGet(label, _labels, out var kind)) return;
        var leftovers = new List<string>();
        Commit(kind, label, values, line, leftovers);
        if (leftovers.Count > 0 && line is not null) Unplaced(line, leftovers, "无法归入表头字段");
    }

    private void Commit(HeaderFieldKind kind, string label, List<string> values, SourceLine? line, List<string> leftovers)
    {
        if (CommitSpecial(ref kind, label, values, line?.Number)) return;
        var lineNumber = line?.Number;
        if (_fields.ContainsKey(kind) && _fieldLabels.TryGetValue(kind, out var firstLabel) && !string.Equals(firstLabel, _labels.Normalize(label), StringComparison.Ordinal))
        {
            // 中央主管部门 … 县级主管部门: the same field under another label (one per level of government) is a
            // field of its own; the first one read stands for the table.
            _otherFields.Add(new HeaderField(LabelText.RemoveWhitespace(label), string.Join(" ", values), lineNumber));
            return;
        }

        if (_fields.ContainsKey(kind) || (kind == HeaderFieldKind.Contact && _contact is not null) || kind is HeaderFieldKind.FundingTotal or HeaderFieldKind.GoalCompletion)
        {
            // A field read twice: keep the first, keep the second verbatim rather than overwrite.
            leftovers.Add(label);
            leftovers.AddRange(values);
            return;
        }

        _fieldLabels[kind] = _labels.Normalize(label);
        CommitValue(kind, values, lineNumber);
    }

    /// <summary>
    /// The fields that are not a plain value: other fields, 预算单位, 资金总额, a period split into start and end, 实际完成情况;
    /// a department's name stands for the project's (<paramref name="kind"/> becomes <see cref="HeaderFieldKind.Name"/>).
    /// True when the field is committed.
    /// </summary>
    private bool CommitSpecial(ref HeaderFieldKind kind, string label, List<string> values, int? lineNumber)
    {
        switch (kind)
        {
            case HeaderFieldKind.Other:
                _otherFields.Add(new HeaderField(LabelText.RemoveWhitespace(label), string.Join(" ", values), lineNumber));
                return true;
            case HeaderFieldKind.BudgetUnit:
                var unitName = IsSealMark(values) ? string.Empty : string.Join(" ", values);
                _otherFields.Add(new HeaderField(LabelText.RemoveWhitespace(label), unitName, lineNumber));
                if (unitName.Length > 0 && _budgetUnit is null) _budgetUnit = (LabelText.RemoveWhitespace(label).TrimEnd(':'), unitName, lineNumber ?? 0);
                return true;
            case HeaderFieldKind.FundingTotal when _headerTotalLine is null:
                CommitHeaderTotal(label, string.Join(" ", values), lineNumber);
                return true;
            case HeaderFieldKind.Period when !_fields.ContainsKey(HeaderFieldKind.StartTime) && PeriodText.TrySplit(string.Join(" ", values), out var start, out var end):
                _fields[HeaderFieldKind.StartTime] = start;
                _fields[HeaderFieldKind.EndTime] = end;
                return true;
            case HeaderFieldKind.Period:
                _otherFields.Add(new HeaderField(LabelText.RemoveWhitespace(label), string.Join(" ", values), lineNumber));
                return true;
            case HeaderFieldKind.GoalCompletion when _goalCompletion is null:
                _goalCompletion = HtmlText.Strip(string.Join("\n", values), out _);
                return true;
            case HeaderFieldKind.DepartmentName:
                _department = true;
                kind = HeaderFieldKind.Name;
                return false;
            default:
                return false;
        }
    }

    /// <summary>A field's value: prose with its markup stripped (I04), a contact split into person and phone (I05), a name with CJK spaces collapsed.</summary>
    private void CommitValue(HeaderFieldKind kind, List<string> values, int? lineNumber)
    {
        var field = HeaderLabels.FieldName(kind);
        if (HeaderLabels.IsProse(kind))
        {
            var stripped = HtmlText.Strip(string.Join("\n", values), out var changed);
            if (changed) _findings.Add(ImportFindings.HtmlStripped(field, lineNumber ?? 0));
            _fields[kind] = stripped;
            return;
        }

        var value = string.Join(" ", values);
        if (kind == HeaderFieldKind.Contact)
        {
            _fields[kind] = value;
            _contact = ContactText.Parse(value, out var split);
            if (split && _contact is not null) _findings.Add(ImportFindings.ContactSplit(_contact, lineNumber ?? 0));
            return;
        }

        _fields[kind] = kind == HeaderFieldKind.Name ? LabelText.CollapseCjkSpaces(value) : value;
    }

    /// <summary>
    /// 资金总额 written as a header field (<c>当年预算⇥229.66</c>, <c>项目预算金额 (万元)⇥5652</c>, <c>年度本级预算金额⇥250万</c>,
    /// <c>资金⇥50万元</c>): the amount, and its unit from the cell or the label's bracket when the form states none.
    /// </summary>
    private void CommitHeaderTotal(string label, string amountText, int? lineNumber)
    {
        _headerTotalLine = lineNumber;
        var text = LabelText.Normalize(amountText);
        string? unit = null;
        if (text.EndsWith("万元", StringComparison.Ordinal)) unit = "万元";
        else if (text.EndsWith("万", StringComparison.Ordinal))
        {
            unit = "万元";
            text = text.Substring(0, text.Length - 1);
        }
        else if (text.EndsWith("元", StringComparison.Ordinal)) unit = "元";

        var labelText = LabelText.Normalize(label);
        unit ??= labelText.IndexOf("(万元)", StringComparison.Ordinal) >= 0 ? "万元" : labelText.IndexOf("(元)", StringComparison.Ordinal) >= 0 ? "元" : null;
        if (AmountText.TryParse(text, out var amount) && amount.Value is { } total && !amount.OnSchedule)
        {
            _headerTotal = total;
            if (unit is not null && _fundingUnit is null) _fundingUnit = unit;
        }
        else if (amountText.Length > 0)
        {
            _headerTotalText = amountText;
        }
    }

    /// <summary>True when the only value is a seal placeholder (<c>(盖章)</c>): the form's blank for a stamp, not a name.</summary>
    private static bool IsSealMark(List<string> values) =>
        values.Count == 1 && LabelText.Normalize(values[0]).Trim('(', ')') is "盖章" or "签章" or "单位盖章";

    /// <summary>项目负责人 and 联系电话 written as two fields (重庆): one contact, as the Nanjing form's single cell would hold it.</summary>
    private ContactInfo? SeparateContact()
    {
        string? F(HeaderFieldKind k) => _fields.TryGetValue(k, out var v) && v.Length > 0 ? v : null;
        var person = F(HeaderFieldKind.ContactPerson);
        var phone = F(HeaderFieldKind.ContactPhone);
        if (person is null && phone is null) return null;
        return new ContactInfo(string.Join(" ", new[] { person, phone }.Where(p => p is not null)), person, phone);
    }
}

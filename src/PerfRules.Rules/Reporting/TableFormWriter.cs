using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using PerfRules.Checks;
using PerfRules.Findings;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Reporting;

/// <summary>
/// Draws a <see cref="TableForm"/> as HTML tables in the order of the issuer's form: 基本信息 (header fields and
/// prose), 项目资金 (资金总额, 支出 lines, funding sources, a 自评 table's budget block), 绩效目标 (中长期/年度目标),
/// then 绩效指标 with 一级/二级/三级 and the value columns the table has. Each finding's marker is written inside
/// the cell it belongs to. In compact mode only the rows that carry a finding are drawn.
/// </summary>
internal sealed class TableFormWriter
{
    private readonly TextWriter _w;
    private readonly FindingMarker _marker;
    private readonly TableForm _form;
    private readonly bool _compact;

    public TableFormWriter(TextWriter output, FindingMarker marker, TableForm form, bool compact)
    {
        _w = output;
        _marker = marker;
        _form = form;
        _compact = compact;
    }

    /// <summary>Writes the form.</summary>
    public void Write()
    {
        WriteHeader();
        WriteMoney();
        WriteGoals();
        WriteIndicators();
    }

    private PerformanceTable Table => _form.Table;

    private void WriteHeader()
    {
        var shortFields = new List<TableField>();
        foreach (var f in _form.Header)
        {
            if (Shows(f)) shortFields.Add(f);
        }

        var prose = new List<TableField>();
        foreach (var f in _form.Prose)
        {
            if (Shows(f)) prose.Add(f);
        }

        if (shortFields.Count == 0 && prose.Count == 0) return;
        Open("hdr", "基本信息");
        for (var i = 0; i < shortFields.Count; i += 2)
        {
            var pair = i + 1 < shortFields.Count;
            var keys = pair ? new[] { TableForm.FieldKey(shortFields[i].Label), TableForm.FieldKey(shortFields[i + 1].Label) } : new[] { TableForm.FieldKey(shortFields[i].Label) };
            OpenRow(keys, null);
            FieldCells(shortFields[i], pair ? 1 : 3);
            if (pair) FieldCells(shortFields[i + 1], 1);
            _w.Write("</tr>\n");
        }

        foreach (var f in prose) ProseRow(f);
        Close();
    }

    private void WriteMoney()
    {
        var funding = Table.Funding;
        var lines = funding.Expenditures;
        var hasMoney = Table.Kind == TableKind.Project || funding.Total is not null || funding.TotalText is not null || lines.Count > 0 || funding.Sources.Count > 0;
        var totalKey = TableForm.FieldKey(TableField.FundingTotal);
        var anyLine = false;
        for (var i = 0; i < lines.Count && !anyLine; i++) anyLine = !_compact || _form.Has(TableForm.ExpenditureKey(i));
        var published = Table.Published;
        var showPublished = published is not null && (!_compact || _form.Has(TableForm.FieldKey(TableForm.ExecutionField)) || _form.Has(TableForm.FieldKey(TableForm.TotalScoreField)));
        var showTotal = hasMoney && (!_compact || _form.Has(totalKey));
        var showSources = funding.Sources.Count > 0 && !_compact;
        if (!showTotal && !anyLine && !showPublished && !showSources) return;

        var halfColumn = string.Equals(Table.Layout, TableLayouts.Nanjing2026, StringComparison.Ordinal) || HasHalfAmounts(lines);
        var columns = halfColumn ? 3 : 2;
        Open("money", "项目资金（" + funding.Unit + "）");
        if (showTotal) WriteFundingTotal(funding, totalKey, columns);
        if (anyLine) WriteExpenditures(lines, halfColumn);
        if (showSources) WriteSources(funding.Sources, halfColumn);
        if (showPublished) WritePublished(published!, columns);
        Close();
    }

    private void WriteFundingTotal(Funding funding, string totalKey, int columns)
    {
        OpenRow(new[] { totalKey }, null);
        _w.Write("<th scope=\"row\">资金总额</th>");
        var total = funding.Total is { } t ? ValueText.FormatNumber(t) : funding.TotalText;
        ValueCell(TableField.FundingTotal, total, _form.At(totalKey), columns - 1, false);
        _w.Write("</tr>\n");
    }

    /// <summary>The 支出 lines (in compact mode those with a finding), each name cell carrying its markers.</summary>
    private void WriteExpenditures(IReadOnlyList<Expenditure> lines, bool halfColumn)
    {
        _w.Write("<tr><th scope=\"col\">支出</th>");
        if (halfColumn) _w.Write("<th scope=\"col\">半年(程)计划执行数</th>");
        _w.Write("<th scope=\"col\">全年(程)预算数</th></tr>\n");
        for (var i = 0; i < lines.Count; i++)
        {
            var key = TableForm.ExpenditureKey(i);
            if (_compact && !_form.Has(key)) continue;
            var line = lines[i];
            var at = _form.At(key);
            OpenRow(new[] { key }, null);
            _w.Write("<td data-field=\"");
            HtmlEscaper.Write(_w, "支出:" + line.Name);
            _w.Write('"');
            CellClass(at);
            _w.Write("><div class=\"val\">");
            HtmlEscaper.Write(_w, line.Name);
            _w.Write("</div>");
            _marker.WriteAll(_w, at);
            _w.Write("</td>");
            if (halfColumn) PlainCell(line.HalfYear.ToString(), "num");
            PlainCell(line.FullYear.ToString(), "num");
            _w.Write("</tr>\n");
        }
    }

    private void WriteSources(IReadOnlyList<FundingSource> sources, bool halfColumn)
    {
        _w.Write("<tr><th scope=\"col\">资金来源</th><th scope=\"col\"" + (halfColumn ? " colspan=\"2\"" : string.Empty) + ">金额</th></tr>\n");
        foreach (var source in sources)
        {
            _w.Write("<tr class=\"plain\"><td>");
            if (source.Depth > 0) _w.Write("　");
            HtmlEscaper.Write(_w, source.Name);
            _w.Write("</td>");
            PlainCell(SourceAmounts(source), "num", halfColumn ? 2 : 1);
            _w.Write("</tr>\n");
        }
    }

    private void WritePublished(PublishedEvaluation published, int columns)
    {
        var key = TableForm.FieldKey(TableForm.ExecutionField);
        OpenRow(new[] { key }, null);
        _w.Write("<th scope=\"row\">预算执行</th>");
        var text = "年初预算数 " + Number(published.InitialBudget) + "；全年预算数 " + Number(published.Budget) + "；全年执行数 " + Number(published.Executed)
            + "；执行率 " + (published.ExecutionRate is { } rate ? ValueText.FormatNumber(rate) + "%" : "—")
            + "；分值 " + Number(published.ExecutionWeight) + "；得分 " + Number(published.ExecutionScore)
            + (published.ExecutionReason is { } reason ? "；偏差原因 " + reason : string.Empty);
        ValueCell(TableForm.ExecutionField, text, _form.At(key), columns - 1, false);
        _w.Write("</tr>\n");
        var totalKey = TableForm.FieldKey(TableForm.TotalScoreField);
        if (_compact && !_form.Has(totalKey)) return;
        OpenRow(new[] { totalKey }, null);
        _w.Write("<th scope=\"row\">总分</th>");
        ValueCell(TableForm.TotalScoreField, "总分 " + Number(published.Total) + "；分值合计 " + Number(published.TotalWeight), _form.At(totalKey), columns - 1, false);
        _w.Write("</tr>\n");
    }

    private void WriteGoals()
    {
        var goals = new List<TableField>();
        foreach (var f in _form.Goals)
        {
            if (Shows(f)) goals.Add(f);
        }

        if (goals.Count == 0) return;
        Open("goals", "绩效目标");
        foreach (var f in goals) ProseRow(f);
        Close();
    }

    private void WriteIndicators()
    {
        var rows = new List<Indicator>();
        foreach (var indicator in Table.Indicators)
        {
            if (!_compact || _form.RowHasFindings(indicator.Row)) rows.Add(indicator);
        }

        var captionKey = TableForm.FieldKey(TableForm.IndicatorsField);
        if (rows.Count == 0 && !_form.Has(captionKey) && (_compact || Table.Indicators.Count == 0 && Table.Kind == TableKind.Department)) return;
        var columns = IndicatorColumns.Of(Table, _form.HasHalfYear, _form.HasLevels);
        Open("ind", TableForm.IndicatorsField);
        _w.Write("<thead>");
        if (_form.Has(captionKey))
        {
            var at = _form.At(captionKey);
            OpenRow(new[] { captionKey }, null);
            _w.Write("<td colspan=\"" + columns.Count.ToString(CultureInfo.InvariantCulture) + "\" data-field=\"" + TableForm.IndicatorsField + "\"");
            CellClass(at);
            _w.Write('>');
            _marker.WriteAll(_w, at);
            _w.Write("</td></tr>\n");
        }

        _w.Write("<tr>");
        foreach (var c in columns)
        {
            _w.Write(c.Kind switch
            {
                IndicatorColumnKind.Level1 or IndicatorColumnKind.Level2 => "<th scope=\"col\" class=\"lv\">",
                IndicatorColumnKind.Name => "<th scope=\"col\" class=\"nm\">",
                _ => "<th scope=\"col\">",
            });
            HtmlEscaper.Write(_w, c.Label);
            _w.Write("</th>");
        }

        _w.Write("</tr></thead>\n<tbody>\n");
        Indicator? previous = null;
        foreach (var indicator in rows)
        {
            WriteIndicator(indicator, columns, previous);
            previous = indicator;
        }

        if (rows.Count == 0)
        {
            _w.Write("<tr class=\"plain\"><td class=\"empty\" colspan=\"" + columns.Count.ToString(CultureInfo.InvariantCulture) + "\">（无指标行）</td></tr>\n");
        }

        _w.Write("</tbody>");
        Close();
    }

    private void WriteIndicator(Indicator indicator, IReadOnlyList<IndicatorColumn> columns, Indicator? previous)
    {
        var row = indicator.Row;
        var rowKey = TableForm.RowKey(row);
        OpenRow(new[] { rowKey, TableForm.HalfKey(row), TableForm.FullKey(row) }, row);
        foreach (var column in columns)
        {
            switch (column.Kind)
            {
                case IndicatorColumnKind.Level1:
                    LevelCell(indicator.Level1, previous is not null && string.Equals(previous.Level1, indicator.Level1, StringComparison.Ordinal));
                    break;
                case IndicatorColumnKind.Level2:
                    LevelCell(indicator.Level2, previous is not null && string.Equals(previous.Level1, indicator.Level1, StringComparison.Ordinal) && string.Equals(previous.Level2, indicator.Level2, StringComparison.Ordinal));
                    break;
                case IndicatorColumnKind.Name:
                    ValueCell(null, indicator.Name, _form.At(rowKey), 1, false);
                    break;
                case IndicatorColumnKind.HalfYear:
                    ValueCell(CellColumns.HalfYear, indicator.HalfYear.ToString(), _form.At(TableForm.HalfKey(row)), 1, false);
                    break;
                case IndicatorColumnKind.FullYear:
                    ValueCell(CellColumns.FullYear, indicator.FullYear.ToString(), _form.At(TableForm.FullKey(row)), 1, false);
                    break;
                default:
                    PlainCell(column.Text(indicator), column.IsNumber ? "num" : null);
                    break;
            }
        }

        _w.Write("</tr>\n");
    }

    private void LevelCell(string label, bool continued)
    {
        _w.Write(continued ? "<td class=\"lv cont\">" : "<td class=\"lv\">");
        HtmlEscaper.Write(_w, label);
        _w.Write("</td>");
    }

    private bool Shows(TableField field)
    {
        var key = TableForm.FieldKey(field.Label);
        if (_compact) return _form.Has(key);
        return Table.HasHeader || !field.IsBlank || _form.Has(key);
    }

    private void FieldCells(TableField field, int span)
    {
        _w.Write("<th scope=\"row\">");
        HtmlEscaper.Write(_w, Label(field.Label));
        _w.Write("</th>");
        ValueCell(field.Label, field.Text, _form.At(TableForm.FieldKey(field.Label)), span, false);
    }

    private void ProseRow(TableField field)
    {
        var key = TableForm.FieldKey(field.Label);
        OpenRow(new[] { key }, null);
        _w.Write("<th scope=\"row\">");
        HtmlEscaper.Write(_w, field.Label);
        _w.Write("</th>");
        ValueCell(field.Label, field.Text, _form.At(key), 3, true);
        _w.Write("</tr>\n");
    }

    private string Label(string label) =>
        Table.Kind == TableKind.Department && string.Equals(label, TableField.ProjectName, StringComparison.Ordinal) ? "部门(单位)名称" : label;

    private void ValueCell(string? field, string? text, IReadOnlyList<Finding> findings, int span, bool prose)
    {
        _w.Write("<td");
        if (span > 1) _w.Write(" colspan=\"" + span.ToString(CultureInfo.InvariantCulture) + "\"");
        if (field is not null)
        {
            _w.Write(" data-field=\"");
            HtmlEscaper.Write(_w, field);
            _w.Write('"');
        }

        CellClass(findings);
        _w.Write('>');
        if (string.IsNullOrWhiteSpace(text))
        {
            _w.Write("<div class=\"val empty\">（空）</div>");
        }
        else
        {
            _w.Write(prose ? "<div class=\"val prose\">" : "<div class=\"val\">");
            HtmlEscaper.Write(_w, text);
            _w.Write("</div>");
        }

        _marker.WriteAll(_w, findings);
        _w.Write("</td>");
    }

    private void PlainCell(string? text, string? cssClass, int span = 1)
    {
        _w.Write("<td");
        if (cssClass is not null) _w.Write(" class=\"" + cssClass + "\"");
        if (span > 1) _w.Write(" colspan=\"" + span.ToString(CultureInfo.InvariantCulture) + "\"");
        _w.Write('>');
        HtmlEscaper.Write(_w, text);
        _w.Write("</td>");
    }

    private void CellClass(IReadOnlyList<Finding> findings)
    {
        if (findings.Count == 0) return;
        _w.Write(" class=\"c-" + ReportSeverity.Token(FindingMarker.Worst(findings)) + "\"");
    }

    /// <summary>Opens a row; it is a finding holder (class has-f, hidden by the filter when none of its markers shows) when any key has findings.</summary>
    private void OpenRow(string[] keys, int? row)
    {
        var has = false;
        foreach (var k in keys) has |= _form.Has(k);
        _w.Write(has ? "<tr class=\"has-f\"" : "<tr class=\"plain\"");
        if (row is { } r) _w.Write(" data-row=\"" + r.ToString(CultureInfo.InvariantCulture) + "\"");
        _w.Write('>');
    }

    private void Open(string cssClass, string caption)
    {
        _w.Write("<table class=\"form " + cssClass + "\"><caption>");
        HtmlEscaper.Write(_w, caption);
        _w.Write("</caption>\n");
    }

    private void Close() => _w.Write("</table>\n");

    private static bool HasHalfAmounts(IReadOnlyList<Expenditure> lines)
    {
        foreach (var line in lines)
        {
            if (!line.HalfYear.IsMissing) return true;
        }

        return false;
    }

    private static string SourceAmounts(FundingSource source)
    {
        var text = Number(source.Amount);
        if (source.InitialAmount is not null) text = "年初 " + Number(source.InitialAmount) + "；全年 " + text;
        if (source.Executed is not null) text += "；执行 " + Number(source.Executed);
        return text;
    }

    private static string Number(decimal? value) => value is { } v ? ValueText.FormatNumber(v) : "—";
}

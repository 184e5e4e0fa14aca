using System;
using System.Collections.Generic;
using System.Linq;
using PerfRules.Findings;
using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>Collects one table's lines (header fields, prose, funding, indicators) and builds the record.</summary>
internal sealed class TableBuilder
{
    private readonly string? _source;
    private readonly int _line;
    private readonly string? _title;
    private readonly IIndicatorHierarchy _hierarchy;
    private readonly List<Finding> _findings = new();
    private readonly List<UnplacedLine> _unplaced = new();
    private readonly List<HeaderField> _otherFields = new();
    private readonly Dictionary<HeaderFieldKind, string> _fields = new();
    private readonly List<Indicator> _indicators = new();
    private int? _year;
    private ContactInfo? _contact;
    private FundingBlock? _funding;
    private IndicatorBlock? _block;
    private Mode _mode;

    private TableBuilder(string? source, int line, string? title, IIndicatorHierarchy hierarchy)
    {
        _source = source;
        _line = line;
        _title = title;
        _hierarchy = hierarchy;
        if (title is not null) _year = HeaderLabels.YearOf(title);
    }

    private enum Mode
    {
        Header,
        Funding,
        Indicators,
    }

    /// <summary>True once a 项目名称 has been read (a second one starts a new table).</summary>
    public bool HasName => _fields.ContainsKey(HeaderFieldKind.Name);

    /// <summary>Starts a table at a title line; other cells on the line are kept as unplaced.</summary>
    public static TableBuilder AtTitle(string? source, SourceLine line, IIndicatorHierarchy hierarchy)
    {
        var builder = new TableBuilder(source, line.Number, line.First, hierarchy);
        var rest = line.NonEmpty().Skip(1).Select(c => c.Text).ToList();
        if (rest.Count > 0) builder.Unplaced(line, rest, "跟在表名之后，无法识别");
        return builder;
    }

    /// <summary>Starts a table at a 项目名称 line (files without titles).</summary>
    public static TableBuilder AtName(string? source, SourceLine line, IIndicatorHierarchy hierarchy) => new(source, line.Number, null, hierarchy);

    /// <summary>Reads one non-blank line of this table.</summary>
    public void Accept(SourceLine line)
    {
        if (line.IsBlank) return;
        var first = line.First!;

        if (line.NonEmptyCount == 1 && SourceLine.IsYearOnly(first, out var year))
        {
            if (_year is null || _year == year) _year = year;
            else Unplaced(line, new[] { first }, "与已读年度 " + _year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " 不一致");
            return;
        }

        if (IndicatorBlock.IsHeader(line))
        {
            // A repeated header (page break) inside the block is structure, not content.
            _block ??= new IndicatorBlock(line, _findings, Unplaced, _hierarchy);
            _mode = Mode.Indicators;
            return;
        }

        var leavesIndicators = _mode != Mode.Indicators || line.Cell(0).Length > 0;
        if (leavesIndicators && FundingBlock.IsBlockLabel(first))
        {
            _funding ??= new FundingBlock(_findings, Unplaced);
            _mode = Mode.Funding;
            _funding.Accept(line);
            return;
        }

        if (leavesIndicators && HeaderLabels.TryGet(first, out _))
        {
            _mode = Mode.Header;
            ReadHeaderLine(line);
            return;
        }

        switch (_mode)
        {
            case Mode.Funding:
                _funding!.Accept(line);
                break;
            case Mode.Indicators:
                _block!.Accept(line);
                break;
            default:
                Unplaced(line, line.NonEmpty().Select(c => c.Text).ToList(), "不是可识别的表头字段、资金或指标行");
                break;
        }
    }

    /// <summary>Keeps a whole line verbatim as an unplaced line, reported by <paramref name="finding"/> (a line over a reader limit) instead of I06.</summary>
    public void KeepUnplaced(SourceLine line, Finding finding)
    {
        _unplaced.Add(ReadLimits.Unplaced(line));
        _findings.Add(finding);
    }

    /// <summary>Builds the table.</summary>
    public PerformanceTable Build()
    {
        var funding = _funding?.Finish() ?? Funding.None;
        if (_block is not null) _indicators.AddRange(_block.Finish());
        var weights = _block?.SectionWeights ?? new List<SectionWeight>();
        var layout = _block?.HasHalfYear == true ? TableLayouts.Nanjing2026 : TableLayouts.National;
        _findings.Add(ImportFindings.LayoutRecognised(layout, _line));

        string? F(HeaderFieldKind k) => _fields.TryGetValue(k, out var v) && v.Length > 0 ? v : null;

        return new PerformanceTable(F(HeaderFieldKind.Name) ?? string.Empty)
        {
            Title = _title,
            Year = _year,
            Source = _source,
            Line = _line,
            Layout = layout,
            Department = F(HeaderFieldKind.Department),
            ImplementingUnit = F(HeaderFieldKind.ImplementingUnit),
            ProjectType = F(HeaderFieldKind.ProjectType),
            ProjectLevel = F(HeaderFieldKind.ProjectLevel),
            StartTime = F(HeaderFieldKind.StartTime),
            EndTime = F(HeaderFieldKind.EndTime),
            Contact = _contact ?? SeparateContact(),
            Necessity = F(HeaderFieldKind.Necessity),
            Feasibility = F(HeaderFieldKind.Feasibility),
            Content = F(HeaderFieldKind.Content),
            LongTermGoal = F(HeaderFieldKind.LongTermGoal),
            AnnualGoal = F(HeaderFieldKind.AnnualGoal),
            OtherFields = _otherFields.ToValueList(),
            Funding = funding,
            Indicators = _indicators.ToValueList(),
            SectionWeights = weights.ToValueList(),
            Published = _block?.Published is { } published ? new PublishedEvaluation { Indicators = published.ToValueList() } : null,
            ImportFindings = _findings.OrderBy(f => f.Location.Line ?? 0).ToValueList(),
            UnplacedLines = _unplaced.OrderBy(u => u.Line).ToValueList(),
        };
    }

    /// <summary>项目负责人 and 联系电话 written as two fields (重庆): one contact, as the Nanjing form's single cell would hold it.</summary>
    private ContactInfo? SeparateContact()
    {
        string? F(HeaderFieldKind k) => _fields.TryGetValue(k, out var v) && v.Length > 0 ? v : null;
        var person = F(HeaderFieldKind.ContactPerson);
        var phone = F(HeaderFieldKind.ContactPhone);
        if (person is null && phone is null) return null;
        return new ContactInfo(string.Join(" ", new[] { person, phone }.Where(p => p is not null)), person, phone);
    }

    private void ReadHeaderLine(SourceLine line)
    {
        var leftovers = new List<string>();
        HeaderFieldKind? kind = null;
        var label = string.Empty;
        var values = new List<string>();
        foreach (var (_, text) in line.NonEmpty())
        {
            if (HeaderLabels.TryGet(text, out var k))
            {
                if (kind is { } previous) Commit(previous, label, values, line, leftovers);
                kind = k;
                label = text;
                values = new List<string>();
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

    private void Commit(HeaderFieldKind kind, string label, List<string> values, SourceLine line, List<string> leftovers)
    {
        if (kind == HeaderFieldKind.Other)
        {
            _otherFields.Add(new HeaderField(LabelText.RemoveWhitespace(label), string.Join(" ", values), line.Number));
            return;
        }

        if (_fields.ContainsKey(kind) || (kind == HeaderFieldKind.Contact && _contact is not null))
        {
            // A field read twice: keep the first, keep the second verbatim rather than overwrite.
            leftovers.Add(label);
            leftovers.AddRange(values);
            return;
        }

        var field = HeaderLabels.FieldName(kind);
        if (HeaderLabels.IsProse(kind))
        {
            var text = string.Join("\n", values);
            var stripped = HtmlText.Strip(text, out var changed);
            if (changed) _findings.Add(ImportFindings.HtmlStripped(field, line.Number));
            _fields[kind] = stripped;
            return;
        }

        var value = string.Join(" ", values);
        if (kind == HeaderFieldKind.Contact)
        {
            _fields[kind] = value;
            _contact = ContactText.Parse(value, out var split);
            if (split && _contact is not null) _findings.Add(ImportFindings.ContactSplit(_contact, line.Number));
            return;
        }

        _fields[kind] = kind == HeaderFieldKind.Name ? LabelText.CollapseCjkSpaces(value) : value;
    }

    private void Unplaced(SourceLine line, IReadOnlyList<string> cells, string why)
    {
        var text = SourceLine.JoinCells(cells);
        _unplaced.Add(new UnplacedLine(line.Number, text));
        _findings.Add(ImportFindings.Unplaced(line.Number, text, FieldOf(), why));
    }

    private string? FieldOf() => _mode switch
    {
        Mode.Funding => "项目资金",
        Mode.Indicators => "绩效指标",
        _ => null,
    };
}

using System;
using System.Collections.Generic;
using PerfRules.Values;

namespace PerfRules.Tables;

/// <summary>
/// Defines a 预算绩效目标表 (budget performance-target table) in code, one fluent call per row:
/// <code>
/// var table = TableBuilder.Create("台式机")
///     .Year(2026)
///     .Indicator("产出", "数量指标", "设备购置数量（台）", half: "=10", full: "=10")
///     .Indicator("满意度", "满意度指标", "使用人员满意度", half: "≥90%", full: "≥90%")
///     .Build();
/// </code>
/// </summary>
/// <remarks>
/// <para>Value texts are parsed with <see cref="IndicatorValueParser"/> when the row is added, with the 三级
/// name supplying a bracket unit (<c>设备购置数量（台）</c> + <c>=10</c> is 10 台). Invalid text throws
/// <see cref="ArgumentException"/> naming the row and the bad characters; with constant arguments the
/// PerfRules analyzer reports the same problem at compile time (PR0001), together with the catalogue
/// checks that need only one row: half-year above full-year (C01 → PR0003), X性 criterion word (V03 →
/// PR0004) and the 一级/二级 hierarchy (S03/S04 → PR0005).</para>
/// <para>A builder is mutable and not thread-safe; <see cref="Build"/> returns an immutable
/// <see cref="PerformanceTable"/> and may be called again after more rows are added.</para>
/// </remarks>
public sealed class TableBuilder
{
    private readonly string _name;
    private readonly List<Indicator> _indicators = new();
    private readonly List<Expenditure> _expenditures = new();
    private int? _year;
    private string _layout = TableLayouts.Nanjing2026;
    private string? _department;
    private string? _implementingUnit;
    private string? _projectType;
    private string? _annualGoal;
    private decimal? _totalFunding;

    private TableBuilder(string name) => _name = name;

    /// <summary>Starts a table named <paramref name="name"/> (项目名称, project name).</summary>
    /// <param name="name">项目名称; for a 部门整体 table, the department's name.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or blank.</exception>
    public static TableBuilder Create(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A table needs a 项目名称 (project name).", nameof(name));
        return new TableBuilder(name);
    }

    /// <summary>Sets 年度 (budget year); 序时进度 and the half-year rules need it.</summary>
    public TableBuilder Year(int year)
    {
        _year = year;
        return this;
    }

    /// <summary>Sets the layout (<see cref="TableLayouts"/>), which selects the default rule profile; <see cref="TableLayouts.Nanjing2026"/> unless set.</summary>
    public TableBuilder Layout(string layout)
    {
        _layout = layout ?? throw new ArgumentNullException(nameof(layout));
        return this;
    }

    /// <summary>Sets 主管部门 (supervising department).</summary>
    public TableBuilder Department(string department)
    {
        _department = department;
        return this;
    }

    /// <summary>Sets 实施单位 (implementing unit).</summary>
    public TableBuilder ImplementingUnit(string implementingUnit)
    {
        _implementingUnit = implementingUnit;
        return this;
    }

    /// <summary>Sets 项目类型 (常年安排项目 recurring / 一次性安排项目 one-off), as written.</summary>
    public TableBuilder ProjectType(string projectType)
    {
        _projectType = projectType;
        return this;
    }

    /// <summary>Sets 年度目标 (annual goal); rule C04 checks the numbers it promises.</summary>
    public TableBuilder AnnualGoal(string annualGoal)
    {
        _annualGoal = annualGoal;
        return this;
    }

    /// <summary>Sets 资金总额 (total funding) in 万元.</summary>
    public TableBuilder TotalFunding(decimal total)
    {
        _totalFunding = total;
        return this;
    }

    /// <summary>Adds a 支出 (expenditure) line with its 半年计划执行数 and 全年预算数 in 万元.</summary>
    /// <param name="name">The line's name.</param>
    /// <param name="halfYear">半年(程)计划执行数 (half-year plan).</param>
    /// <param name="fullYear">全年(程)预算数 (full-year budget).</param>
    public TableBuilder Expenditure(string name, decimal halfYear, decimal fullYear)
    {
        _expenditures.Add(new Expenditure(name, new Amount(halfYear), new Amount(fullYear)));
        return this;
    }

    /// <summary>Adds an indicator row with half-year and full-year targets written as text.</summary>
    /// <param name="level1">一级指标 (决策, 过程, 产出, 效益, 满意度, 成本; with or without 指标).</param>
    /// <param name="level2">二级指标 (数量指标, 社会效益指标 …); must belong to <paramref name="level1"/>.</param>
    /// <param name="name">三级指标 name; a unit in its bracket (<c>设备购置数量（台）</c>) applies to bare numbers.</param>
    /// <param name="half">半年(程)指标值 (half-year target), e.g. <c>=10</c>, <c>≥50%</c>, <c>序时进度</c>.</param>
    /// <param name="full">全年(程)指标值 (full-year target), e.g. <c>=10</c>, <c>≥90%</c>, <c>充分</c>.</param>
    /// <exception cref="ArgumentException">A value text is invalid (see <see cref="IndicatorValueParser"/>); the message names the row, the text and the offset.</exception>
    public TableBuilder Indicator(string level1, string level2, string name, [IndicatorValueSyntax] string half, [IndicatorValueSyntax] string full) =>
        Indicator(level1, level2, name, ParseCell(half, name, nameof(half)), ParseCell(full, name, nameof(full)));

    /// <summary>Adds an indicator row with only a full-year target (layouts without a half-year column, such as the 通用绩效目标表 most provinces use).</summary>
    /// <param name="level1">一级指标.</param>
    /// <param name="level2">二级指标.</param>
    /// <param name="name">三级指标 name.</param>
    /// <param name="full">全年(程)指标值 / 年度指标值 (full-year target).</param>
    /// <exception cref="ArgumentException">The value text is invalid.</exception>
    public TableBuilder Indicator(string level1, string level2, string name, [IndicatorValueSyntax] string full) =>
        Indicator(level1, level2, name, IndicatorValue.Empty, ParseCell(full, name, nameof(full)));

    /// <summary>Adds an indicator row with already-built values.</summary>
    /// <param name="level1">一级指标.</param>
    /// <param name="level2">二级指标.</param>
    /// <param name="name">三级指标 name.</param>
    /// <param name="half">半年(程)指标值.</param>
    /// <param name="full">全年(程)指标值.</param>
    public TableBuilder Indicator(string level1, string level2, string name, IndicatorValue half, IndicatorValue full)
    {
        if (name is null) throw new ArgumentNullException(nameof(name));
        _indicators.Add(new Indicator(_indicators.Count + 1, level1 ?? string.Empty, level2 ?? string.Empty, name, half ?? IndicatorValue.Empty, full ?? IndicatorValue.Empty)
        {
            Unit = Units.FromIndicatorName(name),
        });
        return this;
    }

    /// <summary>Builds the immutable table from the rows added so far.</summary>
    public PerformanceTable Build() => new(_name)
    {
        Year = _year,
        Layout = _layout,
        Department = _department,
        ImplementingUnit = _implementingUnit,
        ProjectType = _projectType,
        AnnualGoal = _annualGoal,
        Funding = _totalFunding is null && _expenditures.Count == 0
            ? Funding.None
            : new Funding { Total = _totalFunding, Expenditures = new ValueList<Expenditure>(_expenditures) },
        Indicators = new ValueList<Indicator>(_indicators),
    };

    private IndicatorValue ParseCell(string text, string indicatorName, string parameterName)
    {
        var result = IndicatorValueParser.Parse(text, indicatorName);
        if (result.IsSuccess) return result.Value;
        var row = (_indicators.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        throw new ArgumentException("Row " + row + " (" + indicatorName + "): " + result.Error, parameterName);
    }
}

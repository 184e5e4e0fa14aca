using System;
using System.Collections.Generic;
using PerfRules.Checks;
using PerfRules.Findings;
using PerfRules.Rules;
using PerfRules.Rules.Evaluation;
using PerfRules.Rules.Expressions;
using PerfRules.Tables;
using CellRules = PerfRules.Rules.Expressions.Values;

namespace PerfRules.Benchmarks;

/// <summary>
/// The built-in catalogue written out by hand in C#, for the benchmark only: every rule's expression
/// as a direct call of the same helper (Structure, Values, Coherence, Funds, Prose), rules in catalogue
/// order, each over its scope's items, and a finding built by the shared factory only when a rule fails.
/// It is what the compiled path should approach: the same work with no interpretation at all. The
/// benchmark's setup checks that it yields exactly the engine's findings.
/// </summary>
internal sealed class HandWrittenCatalogue
{
    private readonly CatalogueRule[] _rules;

    public HandWrittenCatalogue(RuleSet rules)
    {
        var byName = new Dictionary<string, CatalogueRule>(StringComparer.Ordinal);
        foreach (var rule in rules.Rules)
        {
            if (rule.IsBuiltIn) byName[rule.RuleName] = rule;
        }

        var names = Enum.GetNames(typeof(R));
        if (byName.Count != names.Length) throw new InvalidOperationException("the hand-written catalogue has " + names.Length + " rules; the loaded catalogue has " + byName.Count);
        _rules = new CatalogueRule[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            var ruleName = name.Length > 3 && name[3] == '_' ? name.Substring(0, 3) + "." + name.Substring(4) : name;
            _rules[i] = byName[ruleName];
        }
    }

    /// <summary>The catalogue's rules in catalogue order (RuleName with '.' as '_').</summary>
    private enum R
    {
        S01_项目名称,
        S01_主管部门,
        S01_项目类型,
        S01_实施单位,
        S01_资金总额,
        S01_年度目标,
        S01_绩效指标,
        S02,
        S03,
        S04,
        S05_缺少,
        S05_重复,
        S06_产出,
        S06_效益,
        S06_数量,
        S07_满意度,
        S07_质量,
        S07_时效,
        S08,
        S09,
        S10,
        S11_重名,
        S11_重复内容,
        S11_相同字段,
        V01,
        V02,
        V03,
        V04,
        V05,
        V06,
        V07,
        V08,
        V09,
        V10,
        C01,
        C02,
        C03,
        C04,
        C05,
        C06,
        F01,
        F02,
        F03,
        F04,
        F05,
        F06,
    }


    public IReadOnlyList<Finding> Check(PerformanceTable table, DateTime asOf, ResolvedProfile profile)
    {
        // The same per-table facts as the engine's paths, worked out afresh for every check.
        TableFacts.Begin(table);
        try
        {
            return CheckWithFacts(table, asOf, profile);
        }
        finally
        {
            TableFacts.End();
        }
    }

    private IReadOnlyList<Finding> CheckWithFacts(PerformanceTable table, DateTime asOf, ResolvedProfile profile)
    {
        var run = new Run(this, table, asOf, profile);
        var imports = table.ImportFindings;
        for (var i = 0; i < imports.Count; i++)
        {
            if (profile.Adjust(imports[i]) is { } adjusted) run.Add(adjusted);
        }

        var t = table;
        var rows = t.Indicators;

        // structure.json
        if (run.On(R.S01_项目名称) && !Structure.HasField(t, "项目名称")) run.Table();
        if (run.On(R.S01_主管部门) && !Structure.HasField(t, "主管部门")) run.Table();
        if (run.On(R.S01_项目类型) && !Structure.HasField(t, "项目类型")) run.Table();
        if (run.On(R.S01_实施单位) && !Structure.HasField(t, "实施单位")) run.Table();
        if (run.On(R.S01_资金总额) && !Structure.HasField(t, "资金总额")) run.Table();
        if (run.On(R.S01_年度目标) && !Structure.HasField(t, "年度目标")) run.Table();
        if (run.On(R.S01_绩效指标) && !Structure.HasIndicators(t)) run.Table();
        if (run.On(R.S02) && !Structure.ProjectTypeComplies(t)) run.Table();
        if (run.On(R.S03))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (!Structure.Level1Complies(rows[i])) run.Indicator(rows[i]);
            }
        }

        if (run.On(R.S04))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (!Structure.Level2Complies(rows[i])) run.Indicator(rows[i]);
            }
        }

        if (run.On(R.S05_缺少) && Structure.MissingStandardIndicators(t).Count != 0) run.Table();
        if (run.On(R.S05_重复))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (Structure.FirstRowOfStandardIndicator(t, rows[i]) != rows[i].Row) run.Indicator(rows[i]);
            }
        }

        if (run.On(R.S06_产出) && !Structure.HasOutput(t)) run.Table();
        if (run.On(R.S06_效益) && !Structure.HasEffect(t)) run.Table();
        if (run.On(R.S06_数量) && !Structure.OutputHasQuantity(t)) run.Table();
        if (run.On(R.S07_满意度) && !Structure.HasSatisfaction(t)) run.Table();
        if (run.On(R.S07_质量) && !Structure.HasQuality(t)) run.Table();
        if (run.On(R.S07_时效) && !Structure.HasTimeliness(t)) run.Table();
        if (run.On(R.S08) && !Structure.HasCost(t)) run.Table();
        if (run.On(R.S09) && !Structure.ContactComplies(t)) run.Table();
        if (run.On(R.S10) && !Structure.HasEnoughQuantitativeTargets(t)) run.Table();
        if (run.On(R.S11_重名))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (Structure.FirstRowWithSameName(t, rows[i]) != rows[i].Row) run.Indicator(rows[i]);
            }
        }

        if (run.On(R.S11_重复内容))
        {
            var fields = run.Fields;
            for (var i = 0; i < fields.Count; i++)
            {
                if (Prose.Repeats(fields[i]).Count != 0) run.Field(fields[i]);
            }
        }

        if (run.On(R.S11_相同字段))
        {
            var fields = run.Fields;
            for (var i = 0; i < fields.Count; i++)
            {
                if (Prose.IdenticalEarlierField(t, fields[i]) != null) run.Field(fields[i]);
            }
        }

        // value.json: every rule over 半年 then 全年 of each row.
        if (run.On(R.V01)) run.Cells(static (i, c) => !CellRules.IsFreeText(c.Value));
        if (run.On(R.V02)) run.Cells(static (i, c) => c.IsHalfYear || !CellRules.IsOnSchedule(c.Value));
        if (run.On(R.V03)) run.Cells(static (i, c) => CellRules.CriterionComplies(i, c));
        if (run.On(R.V04)) run.Cells(static (i, c) => CellRules.RateValueComplies(i, c));
        if (run.On(R.V05)) run.Cells(static (i, c) => CellRules.PercentageInBounds(i, c));
        if (run.On(R.V06)) run.Cells(static (i, c) => CellRules.UnitComplies(i, c));
        if (run.On(R.V07)) run.Cells(static (i, c) => CellRules.DirectionComplies(i, c));
        if (run.On(R.V08)) run.Cells(static (i, c) => CellRules.SatisfactionAtLeast80(i, c));
        if (run.On(R.V09)) run.Cells(static (i, c) => CellRules.TimelinessValueComplies(i, c));
        if (run.On(R.V10)) run.Cells(static (i, c) => !CellRules.IsAmbiguousBareNumber(i, c));

        // consistency.json
        if (run.On(R.C01))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (!Coherence.HalfWithinFull(rows[i])) run.Indicator(rows[i]);
            }
        }

        if (run.On(R.C02))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (!Coherence.HalfAndFullAgree(rows[i])) run.Indicator(rows[i]);
            }
        }

        if (run.On(R.C03))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (!Coherence.QualitativeHalfNotAboveFull(rows[i])) run.Indicator(rows[i]);
            }
        }

        if (run.On(R.C04) && Coherence.UncoveredPromises(t).Count != 0) run.Table();
        if (run.On(R.C05))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (Coherence.ActivityVerbUnderEffect(rows[i]) != null) run.Indicator(rows[i]);
            }
        }

        if (run.On(R.C06) && !Coherence.PeriodIsOrdered(t)) run.Table();

        // funding.json
        var lines = t.Funding.Expenditures;
        if (run.On(R.F01) && !Funds.TotalComplies(t)) run.Table();
        if (run.On(R.F02) && !Funds.TotalMatchesExpenditures(t)) run.Table();
        if (run.On(R.F03))
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (!Funds.HalfPlanInRange(lines[i])) run.Funding(lines[i]);
            }
        }

        if (run.On(R.F04))
        {
            for (var i = 0; i < lines.Count; i++)
            {
                if (!Funds.HalfPlanOnSchedule(t, lines[i], asOf)) run.Funding(lines[i]);
            }
        }

        if (run.On(R.F05))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (!Funds.HalfExecutionTargetConsistent(t, rows[i])) run.Indicator(rows[i]);
            }
        }

        if (run.On(R.F06))
        {
            for (var i = 0; i < rows.Count; i++)
            {
                if (!Funds.FullYearRateIsHundred(rows[i])) run.Indicator(rows[i]);
            }
        }

        return run.Findings;
    }

    /// <summary>One table's evaluation: the current rule, the lazily built fields and cells, the findings.</summary>
    private struct Run
    {
        private readonly HandWrittenCatalogue _catalogue;
        private readonly PerformanceTable _table;
        private readonly DateTime _asOf;
        private readonly ResolvedProfile _profile;
        private CatalogueRule _rule;
        private List<Finding>? _findings;
        private IReadOnlyList<TableField>? _fields;
        private IndicatorCell[]? _cells;

        public Run(HandWrittenCatalogue catalogue, PerformanceTable table, DateTime asOf, ResolvedProfile profile)
        {
            _catalogue = catalogue;
            _table = table;
            _asOf = asOf;
            _profile = profile;
            _rule = null!;
            _findings = null;
            _fields = null;
            _cells = null;
        }

        public readonly IReadOnlyList<Finding> Findings => _findings ?? (IReadOnlyList<Finding>)Array.Empty<Finding>();

        public IReadOnlyList<TableField> Fields => _fields ??= TableFacts.For(_table).Fields;

        public bool On(R rule)
        {
            _rule = _catalogue._rules[(int)rule];
            return _profile.IsEnabled(_rule);
        }

        public void Add(Finding finding) => (_findings ??= new List<Finding>()).Add(finding);

        public void Table() => Fail(new ScopeInputs(RuleScope.Table, _table, _asOf));

        public void Field(TableField field) => Fail(new ScopeInputs(RuleScope.Field, _table, _asOf, field: field));

        public void Indicator(Indicator indicator) => Fail(new ScopeInputs(RuleScope.Indicator, _table, _asOf, indicator: indicator));

        public void Funding(Expenditure line) => Fail(new ScopeInputs(RuleScope.Funding, _table, _asOf, expenditure: line));

        public void Cells(Func<Indicator, IndicatorCell, bool> holds)
        {
            var rows = _table.Indicators;
            if (_cells is null)
            {
                _cells = new IndicatorCell[rows.Count * 2];
                for (var i = 0; i < rows.Count; i++)
                {
                    _cells[2 * i] = IndicatorCell.HalfYearOf(rows[i]);
                    _cells[(2 * i) + 1] = IndicatorCell.FullYearOf(rows[i]);
                }
            }

            for (var k = 0; k < _cells.Length; k++)
            {
                var row = rows[k >> 1];
                if (!holds(row, _cells[k])) Fail(new ScopeInputs(RuleScope.Cell, _table, _asOf, indicator: row, cell: _cells[k]));
            }
        }

        private void Fail(in ScopeInputs inputs) => Add(FindingFactory.Create(_rule, _profile.SeverityOf(_rule), inputs));
    }
}

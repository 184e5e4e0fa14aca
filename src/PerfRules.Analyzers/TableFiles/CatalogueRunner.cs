using System;
using System.Collections.Generic;
using PerfRules.Checks;
using PerfRules.Rules.Evaluation;
using PerfRules.Tables;

namespace PerfRules.Analyzers.TableFiles;

/// <summary>One catalogue finding in a table file, with its position.</summary>
internal sealed class TableFileFinding
{
    public TableFileFinding(string ruleId, string message, FilePosition position)
    {
        RuleId = ruleId;
        Message = message;
        Position = position;
    }

    public string RuleId { get; }

    public string Message { get; }

    public FilePosition Position { get; }
}

/// <summary>
/// Runs the catalogue's rules of severity error on a table without RulesEngine: each rule's expression and
/// argument expressions, as written in the catalogue JSON, are bound by <see cref="CatalogueExpression"/> to the
/// same helper methods the library calls (PerfRules.Rules/Expressions, over PerfRules.Core/Checks); messages are
/// filled as the library fills them. A rule whose expression does not bind is skipped (a test keeps every error
/// rule bindable).
/// </summary>
internal static class CatalogueRunner
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Func<Inputs, object?>?> Bound = new(StringComparer.Ordinal);

    /// <summary>The compliance test of a catalogue expression (true = the table complies); null when it does not bind.</summary>
    internal static Func<Inputs, bool>? Bind(string expression) =>
        BindValue(expression) is { } evaluate ? i => evaluate(i) is true : null;

    /// <summary>The value of a catalogue (argument) expression; null when it does not bind.</summary>
    internal static Func<Inputs, object?>? BindValue(string expression) => Bound.GetOrAdd(expression, CatalogueExpression.Bind);

    /// <summary>The error findings of one table, in catalogue order then row order.</summary>
    public static List<TableFileFinding> Run(LocatedTable located)
    {
        var findings = new List<TableFileFinding>();
        var table = located.Table;
        foreach (var rule in Catalogue.Rules)
        {
            if (!string.Equals(rule.Severity, "error", StringComparison.Ordinal) || Catalogue.IsDisabled(table.Layout, rule)) continue;
            var test = Bind(rule.Expression);
            if (test is null) continue;
            switch (rule.Scope)
            {
                case "table":
                    Judge(rule, test, new Inputs(table), located, rule.Field is { } f && located.Fields.TryGetValue(f, out var p) ? p : located.Position, findings);
                    break;
                case "indicator":
                    foreach (var indicator in table.Indicators)
                    {
                        Judge(rule, test, new Inputs(table) { Indicator = indicator }, located, RowPosition(located, indicator, 0), findings);
                    }

                    break;
                case "cell":
                    foreach (var indicator in table.Indicators)
                    {
                        Judge(rule, test, new Inputs(table) { Indicator = indicator, Cell = IndicatorCell.HalfYearOf(indicator) }, located, RowPosition(located, indicator, 1), findings);
                        Judge(rule, test, new Inputs(table) { Indicator = indicator, Cell = IndicatorCell.FullYearOf(indicator) }, located, RowPosition(located, indicator, 2), findings);
                        foreach (var region in indicator.Regions ?? ValueList<RegionTarget>.Empty)
                        {
                            Judge(rule, test, new Inputs(table) { Indicator = indicator, Cell = IndicatorCell.RegionOf(indicator, region) }, located, RowPosition(located, indicator, 0), findings);
                        }
                    }

                    break;
                case "funding":
                    foreach (var expenditure in table.Funding.Expenditures)
                    {
                        var position = located.Fields.TryGetValue("支出:" + expenditure.Name, out var e) ? e : located.Position;
                        Judge(rule, test, new Inputs(table) { Expenditure = expenditure }, located, position, findings);
                    }

                    break;
            }
        }

        return findings;
    }

    private static FilePosition RowPosition(LocatedTable located, Indicator indicator, int part)
    {
        if (!located.Indicators.TryGetValue(indicator.Row, out var positions)) return located.Position;
        return part switch { 1 => positions.Half, 2 => positions.Full, _ => positions.Row };
    }

    private static void Judge(CatalogueEntry rule, Func<Inputs, bool> test, Inputs inputs, LocatedTable located, FilePosition position, List<TableFileFinding> findings)
    {
        bool complies;
        try
        {
            complies = test(inputs);
        }
        catch (ArgumentException)
        {
            // A rule that cannot run is never reported as a non-compliant table (docs/rule-contracts.md "Evaluation").
            return;
        }

        if (complies) return;
        findings.Add(new TableFileFinding(rule.Id, Message(rule, inputs) + "（表「" + located.Table.Name + "」）", position));
    }

    /// <summary>Fills the template the way the library's FindingFactory does: standard values per scope, then arguments.</summary>
    internal static string Message(CatalogueEntry rule, Inputs inputs)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["table"] = inputs.Table.Name };
        if (rule.Field is not null) values["field"] = rule.Field;
        if (inputs.Indicator is { } indicator)
        {
            values["indicator"] = indicator.Name;
            values["row"] = indicator.Row.ToString(System.Globalization.CultureInfo.InvariantCulture);
            values["level1"] = DisplayText.Of(indicator.Level1);
            values["level2"] = DisplayText.Of(indicator.Level2);
            values["half"] = DisplayText.Of(indicator.HalfYear);
            values["full"] = DisplayText.Of(indicator.FullYear);
        }

        if (inputs.Cell is { } cell)
        {
            values["field"] = cell.Column;
            values["value"] = DisplayText.Of(cell.Value);
        }

        if (inputs.Expenditure is { } expenditure)
        {
            values["field"] = "支出:" + expenditure.Name;
            values["expenditure"] = expenditure.Name;
            values["half"] = DisplayText.Of(expenditure.HalfYear);
            values["full"] = DisplayText.Of(expenditure.FullYear);
        }

        foreach (var argument in rule.Arguments)
        {
            if (BindValue(argument.Value) is { } evaluate) values[argument.Key] = DisplayText.Of(evaluate(inputs));
        }

        var template = rule.Template;
        var filled = new string?[template.Names.Length];
        for (var n = 0; n < filled.Length; n++) filled[n] = values.TryGetValue(template.Names[n], out var value) ? value : DisplayText.Blank;
        return template.Format(filled);
    }

    /// <summary>The inputs of one rule evaluation, named as in the catalogue's expressions.</summary>
    internal sealed class Inputs
    {
        public Inputs(PerformanceTable table) => Table = table;

        public PerformanceTable Table { get; }

        public Indicator? Indicator { get; init; }

        public IndicatorCell? Cell { get; init; }

        public Expenditure? Expenditure { get; init; }
    }
}

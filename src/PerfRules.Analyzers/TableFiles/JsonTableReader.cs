using System;
using System.Collections.Generic;
using System.Globalization;
using PerfRules.Analyzers.Json;
using PerfRules.Import;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Analyzers.TableFiles;

/// <summary>
/// Reads a <c>*.perftable.json</c> file: the <c>convert</c> JSON (<c>{"schemaVersion":1,"tables":[…]}</c>),
/// an array of tables or one table object, with camelCase members as the library writes them. An
/// indicator value is either a string (<c>"≥5家"</c>, convenient by hand) or the library's value object,
/// whose <c>text</c> is read. A file that cannot be read is an I10 problem at the bad spot, as the
/// library's reader would refuse it too.
/// </summary>
internal static class JsonTableReader
{
    public static IReadOnlyList<LocatedTable> Read(string text, List<TableFileProblem> problems)
    {
        var tables = new List<LocatedTable>();
        if (!JsonReader.TryParse(text, out var root, out var error))
        {
            problems.Add(new TableFileProblem(ImportRuleIds.UnreadableInput, "表格文件不是有效的 JSON：" + error!.Message, FilePosition.AtSpan(error.Offset, error.Length)));
            return tables;
        }

        if (root!.Kind == JsonKind.Object && root.FindIgnoreCase("tables") is { } list)
        {
            ReadList(list.Value, tables, problems);
        }
        else if (root.Kind == JsonKind.Array)
        {
            ReadList(root, tables, problems);
        }
        else if (root.Kind == JsonKind.Object)
        {
            ReadTable(root, tables, problems);
        }
        else
        {
            problems.Add(Unreadable(root, "表格文件应为一个表、表的数组或 {\"tables\": [...]}，实际为 " + root.Describe()));
        }

        return tables;
    }

    private static void ReadList(JsonNode list, List<LocatedTable> tables, List<TableFileProblem> problems)
    {
        if (list.Kind != JsonKind.Array)
        {
            problems.Add(Unreadable(list, "\"tables\" 应为数组，实际为 " + list.Describe()));
            return;
        }

        foreach (var item in list.Items) ReadTable(item, tables, problems);
    }

    private static void ReadTable(JsonNode node, List<LocatedTable> tables, List<TableFileProblem> problems)
    {
        if (node.Kind != JsonKind.Object)
        {
            problems.Add(Unreadable(node, "表应为 JSON 对象，实际为 " + node.Describe()));
            return;
        }

        var name = String(node, "name", problems) ?? string.Empty;
        var fieldNodes = new Dictionary<string, FilePosition>(StringComparer.Ordinal);
        var table = new PerformanceTable(name)
        {
            Year = Integer(node, "year", problems),
            Layout = String(node, "layout", problems) ?? TableLayouts.Nanjing2026,
            Title = String(node, "title", problems),
            IsPartial = Boolean(node, "isPartial"),
            Department = Field(node, "department", "主管部门", fieldNodes, problems),
            ImplementingUnit = Field(node, "implementingUnit", "实施单位", fieldNodes, problems),
            ProjectType = Field(node, "projectType", "项目类型", fieldNodes, problems),
            ProjectLevel = Field(node, "projectLevel", "项目级次", fieldNodes, problems),
            StartTime = Field(node, "startTime", "开始时间", fieldNodes, problems),
            EndTime = Field(node, "endTime", "完成时间", fieldNodes, problems),
            Contact = Contact(node, problems),
            Necessity = Field(node, "necessity", "立项必要性", fieldNodes, problems),
            Feasibility = Field(node, "feasibility", "实施可行性", fieldNodes, problems),
            Content = Field(node, "content", "项目实施内容", fieldNodes, problems),
            LongTermGoal = Field(node, "longTermGoal", "中长期目标", fieldNodes, problems),
            AnnualGoal = Field(node, "annualGoal", "年度目标", fieldNodes, problems),
        };

        var located = new LocatedTable(table, Span(node));
        foreach (var pair in fieldNodes) located.Fields[pair.Key] = pair.Value;
        table = table with { Funding = ReadFunding(node, located, problems), Indicators = ReadIndicators(node, located, problems) };
        tables.Add(new LocatedTableBuilder(located, table).Build());
    }

    private static Funding ReadFunding(JsonNode node, LocatedTable located, List<TableFileProblem> problems)
    {
        var total = node.FindIgnoreCase("fundingTotal");
        var expenditures = node.FindIgnoreCase("expenditures");
        if (total is null && expenditures is null && node.FindIgnoreCase("fundingTotalText") is null) return Funding.None;
        if (total is not null) located.Fields["资金总额"] = Span(total.Value);
        var lines = new List<Expenditure>();
        if (expenditures is not null)
        {
            if (expenditures.Value.Kind != JsonKind.Array)
            {
                problems.Add(Unreadable(expenditures.Value, "\"expenditures\" 应为数组"));
            }
            else
            {
                foreach (var item in expenditures.Value.Items)
                {
                    if (item.Kind != JsonKind.Object)
                    {
                        problems.Add(Unreadable(item, "支出行应为 JSON 对象，实际为 " + item.Describe()));
                        continue;
                    }

                    var lineName = String(item, "name", problems) ?? string.Empty;
                    located.Fields["支出:" + lineName] = Span(item);
                    lines.Add(new Expenditure(
                        lineName,
                        Amount(Number(item, "halfYear", problems), Boolean(item, "halfYearOnSchedule")),
                        Amount(Number(item, "fullYear", problems), Boolean(item, "fullYearOnSchedule"))));
                }
            }
        }

        return new Funding
        {
            Total = total is null ? null : Number(node, "fundingTotal", problems),
            TotalText = String(node, "fundingTotalText", problems),
            Unit = String(node, "fundingUnit", problems) ?? "万元",
            Expenditures = new ValueList<Expenditure>(lines),
        };
    }

    private static ValueList<Indicator> ReadIndicators(JsonNode node, LocatedTable located, List<TableFileProblem> problems)
    {
        var indicators = node.FindIgnoreCase("indicators");
        if (indicators is null) return ValueList<Indicator>.Empty;
        if (indicators.Value.Kind != JsonKind.Array)
        {
            problems.Add(Unreadable(indicators.Value, "\"indicators\" 应为数组，实际为 " + indicators.Value.Describe()));
            return ValueList<Indicator>.Empty;
        }

        var rows = new List<Indicator>();
        foreach (var item in indicators.Value.Items)
        {
            if (item.Kind != JsonKind.Object)
            {
                problems.Add(Unreadable(item, "指标行应为 JSON 对象，实际为 " + item.Describe()));
                continue;
            }

            var row = Integer(item, "row", problems) ?? rows.Count + 1;
            var name = String(item, "name", problems) ?? string.Empty;
            var half = item.FindIgnoreCase("halfYear");
            var full = item.FindIgnoreCase("fullYear");
            var halfValue = Value(half?.Value, name, problems);
            var fullValue = Value(full?.Value, name, problems);
            if (halfValue is null || fullValue is null) continue;
            rows.Add(new Indicator(row, String(item, "level1", problems) ?? string.Empty, String(item, "level2", problems) ?? string.Empty, name, halfValue, fullValue)
            {
                Unit = String(item, "unit", problems) ?? Units.FromIndicatorName(name),
                Weight = Number(item, "weight", problems),
                Direction = String(item, "direction", problems),
            });
            located.Indicators[row] = (Span(item), half is null ? Span(item) : Span(half.Value), full is null ? Span(item) : Span(full.Value));
        }

        return new ValueList<Indicator>(rows);
    }

    /// <summary>A cell: a string, null (empty) or the library's value object (its <c>text</c> is read); null when the JSON shape is wrong.</summary>
    private static IndicatorValue? Value(JsonNode? node, string indicatorName, List<TableFileProblem> problems)
    {
        if (node is null || node.Kind == JsonKind.Null) return IndicatorValue.Empty;
        var source = node;
        if (node.Kind == JsonKind.Object)
        {
            var text = node.FindIgnoreCase("text");
            if (text is null || text.Value.Kind != JsonKind.String)
            {
                problems.Add(Unreadable(node, "指标值对象缺少字符串 \"text\""));
                return null;
            }

            source = text.Value;
        }
        else if (node.Kind != JsonKind.String)
        {
            problems.Add(Unreadable(node, "指标值应为字符串或指标值对象，实际为 " + node.Describe()));
            return null;
        }

        var result = IndicatorValueParser.Parse(source.Text, indicatorName);
        if (result.IsSuccess) return result.Value;
        // Reported, and kept verbatim so the row still counts for the structure rules (nothing is dropped).
        problems.Add(Unreadable(source, "指标值“" + source.Text + "”无法解析：" + result.Error.Message));
        return new FreeTextValue(source.Text!);
    }

    private static Amount Amount(decimal? value, bool onSchedule) => value is null && !onSchedule ? Tables.Amount.Missing : new Amount(value, onSchedule);

    private static string? Field(JsonNode node, string member, string label, Dictionary<string, FilePosition> fields, List<TableFileProblem> problems)
    {
        var property = node.FindIgnoreCase(member);
        if (property is not null) fields[label] = Span(property.Value);
        return String(node, member, problems);
    }

    private static ContactInfo? Contact(JsonNode node, List<TableFileProblem> problems)
    {
        var contact = node.FindIgnoreCase("contact");
        if (contact is null || contact.Value.Kind == JsonKind.Null) return null;
        if (contact.Value.Kind == JsonKind.String) return new ContactInfo(contact.Value.Text!, null, null);
        if (contact.Value.Kind != JsonKind.Object)
        {
            problems.Add(Unreadable(contact.Value, "\"contact\" 应为对象"));
            return null;
        }

        return new ContactInfo(String(contact.Value, "raw", problems) ?? string.Empty, String(contact.Value, "person", problems), String(contact.Value, "phone", problems));
    }

    private static string? String(JsonNode node, string member, List<TableFileProblem> problems)
    {
        var property = node.FindIgnoreCase(member);
        if (property is null || property.Value.Kind == JsonKind.Null) return null;
        if (property.Value.Kind == JsonKind.String) return property.Value.Text;
        problems.Add(Unreadable(property.Value, "\"" + member + "\" 应为字符串，实际为 " + property.Value.Describe()));
        return null;
    }

    private static decimal? Number(JsonNode node, string member, List<TableFileProblem> problems)
    {
        var property = node.FindIgnoreCase(member);
        if (property is null || property.Value.Kind == JsonKind.Null) return null;
        var value = property.Value;
        if ((value.Kind == JsonKind.Number || value.Kind == JsonKind.String) &&
            decimal.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        problems.Add(Unreadable(value, "\"" + member + "\" 应为数字，实际为 " + (value.Kind == JsonKind.String ? "“" + value.Text + "”" : value.Describe())));
        return null;
    }

    private static int? Integer(JsonNode node, string member, List<TableFileProblem> problems)
    {
        var number = Number(node, member, problems);
        if (number is null) return null;
        if (number.Value == decimal.Truncate(number.Value) && number.Value >= int.MinValue && number.Value <= int.MaxValue) return (int)number.Value;
        problems.Add(Unreadable(node.FindIgnoreCase(member)!.Value, "\"" + member + "\" 应为整数"));
        return null;
    }

    private static bool Boolean(JsonNode node, string member) => node.FindIgnoreCase(member)?.Value.Kind == JsonKind.True;

    private static FilePosition Span(JsonNode node) => FilePosition.AtSpan(node.Start, node.End - node.Start);

    private static TableFileProblem Unreadable(JsonNode node, string message) =>
        new(ImportRuleIds.UnreadableInput, message, FilePosition.AtSpan(node.Start, System.Math.Max(1, System.Math.Min(node.End - node.Start, 200))));

    /// <summary>Carries the positions over to the finished table (records are rebuilt with <c>with</c>).</summary>
    private sealed class LocatedTableBuilder
    {
        private readonly LocatedTable _positions;
        private readonly PerformanceTable _table;

        public LocatedTableBuilder(LocatedTable positions, PerformanceTable table)
        {
            _positions = positions;
            _table = table;
        }

        public LocatedTable Build()
        {
            var result = new LocatedTable(_table, _positions.Position);
            foreach (var pair in _positions.Indicators) result.Indicators[pair.Key] = pair.Value;
            foreach (var pair in _positions.Fields) result.Fields[pair.Key] = pair.Value;
            return result;
        }
    }
}

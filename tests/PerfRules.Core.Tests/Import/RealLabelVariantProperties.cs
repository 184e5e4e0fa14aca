using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Checks;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Tables;
using PerfRules.Testing;
using Xunit.Abstractions;

namespace PerfRules.Core.Tests.Import;

/// <summary>
/// The next issuer prints the same fields under other labels. Each of the 24 real tables (samples/real) is rewritten
/// with every header label of the five required fields (项目名称, 主管部门, 实施单位, 资金总额, 年度目标) spelled another
/// way — another label of the vocabulary, a label no list names but built the way budget labels are built (a
/// qualifier and a head noun: 项目承办单位, 本年资金总计), spaces inside it, a full-width colon, a mark such as
/// (必填) — and must read to the same fields and the same indicators as the published file.
/// </summary>
public class RealLabelVariantProperties
{
    private static readonly LabelVocabulary V = LabelVocabulary.Default;

    private static readonly HeaderFieldKind[] Five = { HeaderFieldKind.Name, HeaderFieldKind.Department, HeaderFieldKind.ImplementingUnit, HeaderFieldKind.FundingTotal, HeaderFieldKind.AnnualGoal };

    /// <summary>
    /// Labels no list names, built from the parts issuers combine (qualifier × head noun), per field. Generated, not
    /// copied from any table: the keyword rules must read every one of them as its field.
    /// </summary>
    internal static readonly IReadOnlyDictionary<HeaderFieldKind, string[]> Unseen = new Dictionary<HeaderFieldKind, string[]>
    {
        [HeaderFieldKind.Name] = Cross(new[] { "支出项目", "申报项目", "专项资金项目", "预算项目", "资金项目", "工程项目", "课题" }, new[] { "名称", "全称" }),
        [HeaderFieldKind.Department] = Cross(new[] { "主管", "业务主管", "上级主管", "归口管理", "归口", "项目主管", "资金主管" }, new[] { "部门", "单位", "机关", "处室" }),
        [HeaderFieldKind.ImplementingUnit] = Cross(new[] { "具体实施", "项目执行", "项目承担", "承办", "资金使用", "项目建设", "项目申报", "预算执行", "责任" }, new[] { "单位", "机构", "主体" }),
        [HeaderFieldKind.FundingTotal] = Cross(new[] { "资金", "预算资金", "投资", "经费", "项目经费", "财政资金" }, new[] { "总额", "总计", "合计", "总量" })
            .Concat(Cross(new[] { "本年", "当年", "本年度", "申请", "年度安排", "今年" }, new[] { "预算", "资金", "经费", "预算资金", "投资" })).ToArray(),
        [HeaderFieldKind.AnnualGoal] = Cross(new[] { "年度", "本年", "当年", "本年度", "今年", "年度预期", "本年预期", "年度工作", "年度主要" }, new[] { "目标", "绩效目标", "工作目标", "预期目标" }),
    };

    private static string[] Cross(string[] qualifiers, string[] heads) => qualifiers.SelectMany(q => heads.Select(h => q + h)).ToArray();

    /// <summary>The fields and indicators a variant must keep, per table.</summary>
    private static string Model(TableReadResult r) => string.Join("\n", r.Tables.Select(t => string.Join("|",
        t.Name, t.Department, t.ImplementingUnit, t.Funding.Total?.ToString(CultureInfo.InvariantCulture), t.Funding.Unit, t.AnnualGoal, t.Indicators.Count)));

    /// <summary>A header label cell of one of the five fields, where a header label stands: in a header line, followed by its value.</summary>
    internal sealed record Slot(int Line, int Column, HeaderFieldKind Kind, string Text);

    /// <summary>The header label cells of the five fields in a file, as a reader meets them before each indicator block.</summary>
    internal static IReadOnlyList<Slot> Slots(string text)
    {
        var slots = new List<Slot>();
        var lines = text.Split('\n');
        var inHeader = true;
        for (var n = 0; n < lines.Length; n++)
        {
            var raw = lines[n].TrimEnd('\r');
            if (raw.StartsWith("#", StringComparison.Ordinal) || raw.Trim().Length == 0) continue;
            var line = SourceLine.FromCells(n + 1, raw.Split('\t'));
            var first = line.First!;
            if (HeaderLabels.IsTitle(first)) inHeader = true;
            if (IndicatorBlock.IsHeader(line)) inHeader = false;
            if (!inHeader || line.Cell(0).Length == 0 || V.TryRegion(line.Cell(0), out _)) continue;
            var cells = line.NonEmpty().ToList();
            for (var c = 0; c + 1 < cells.Count; c++)
            {
                var cell = cells[c].Text;
                if (!V.TryField(cell, out var kind) || Array.IndexOf(Five, kind) < 0 || V.TryRegion(cell, out _)) continue;
                if (V.TryField(cells[c + 1].Text, out _)) continue; // a label without its value
                slots.Add(new Slot(n, cells[c].Column, kind, cell));
            }
        }

        return slots;
    }

    /// <summary>The other labels the vocabulary lists for <paramref name="kind"/> that are neither a block caption nor a column word.</summary>
    private static string[] Synonyms(HeaderFieldKind kind) => Unseen[kind].Concat(KnownLabels(kind)).Distinct(StringComparer.Ordinal).ToArray();

    private static IEnumerable<string> KnownLabels(HeaderFieldKind kind)
    {
        var key = kind switch
        {
            HeaderFieldKind.Name => "projectName",
            HeaderFieldKind.Department => "department",
            HeaderFieldKind.ImplementingUnit => "implementingUnit",
            HeaderFieldKind.FundingTotal => "fundingTotal",
            _ => "annualGoal",
        };
        using var stream = typeof(LabelVocabulary).Assembly.GetManifestResourceStream("PerfRules.Import.labels.json")!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var json = System.Text.Json.JsonDocument.Parse(reader.ReadToEnd());
        return json.RootElement.GetProperty("fields").GetProperty(key).EnumerateArray().Select(e => e.GetString()!)
            .Where(l => !V.TryRegion(l, out _) && !IndicatorBlock.IsHeaderWord(l)).ToList();
    }

    /// <summary>One spelling of a label of <paramref name="kind"/> replacing <paramref name="original"/>.</summary>
    private static Gen<string> Spelling(HeaderFieldKind kind, string original) =>
        from label in Gen.Elements(Synonyms(kind))
        from spaced in Gen.Elements(false, false, true)
        from mark in Gen.Elements("", "", "", "(必填)", "（必填）", kind is HeaderFieldKind.ImplementingUnit or HeaderFieldKind.Department ? "(盖章)" : "")
        from star in Gen.Elements("", "", "*")
        from colon in Gen.Elements("", "", ":", "：")
        select star + (spaced ? string.Join(" ", label.ToCharArray()) : label) + UnitOf(original) + mark + colon;

    /// <summary>The unit bracket of the published label, kept (it states the unit of the amount): (万元) in 项目预算金额 (万元).</summary>
    private static string UnitOf(string label)
    {
        var t = LabelText.Normalize(label);
        return t.Contains("(万元)", StringComparison.Ordinal) ? "(万元)" : t.Contains("(元)", StringComparison.Ordinal) ? "(元)" : string.Empty;
    }

    private static string Rewrite(string text, IReadOnlyList<Slot> slots, IReadOnlyList<string> spellings)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < slots.Count; i++)
        {
            var s = slots[i];
            var cells = lines[s.Line].TrimEnd('\r').Split('\t');
            cells[s.Column] = spellings[i];
            lines[s.Line] = string.Join("\t", cells);
        }

        return string.Join("\n", lines);
    }

    /// <summary>A real table and a spelling for each of its header label cells.</summary>
    public sealed record Variant(string File, string Text)
    {
        public override string ToString() => File + "\n" + string.Join("\n", Text.Split('\n').Where(l => !l.StartsWith("#", StringComparison.Ordinal)).Take(12));
    }

    private static readonly string[] Files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples", "real"), "*.txt").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal).ToArray()!;

    private static Gen<Variant> VariantGen =>
        from file in Gen.Elements(Files)
        let text = RealTables.Text(file)
        let slots = Slots(text)
        from spellings in Gen.CollectToArray(slots.Select(s => Spelling(s.Kind, s.Text)))
        select new Variant(file, Rewrite(text, slots, spellings));

    private static readonly Dictionary<string, string> Published = new(StringComparer.Ordinal);

    private static string PublishedModel(string file)
    {
        lock (Published)
        {
            if (!Published.TryGetValue(file, out var m)) Published[file] = m = Model(TableTextReader.Read(RealTables.Text(file), file));
            return m;
        }
    }

    private readonly ITestOutputHelper _output;

    public RealLabelVariantProperties(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Every_unseen_label_built_from_the_parts_is_read_by_keywords_as_its_field()
    {
        foreach (var (kind, labels) in Unseen)
        {
            foreach (var label in labels)
            {
                var known = V.TryField(label, out var k);
                var byKeywords = V.TryFieldByKeywords(label, out var kk);
                Assert.True((known && k == kind) || (byKeywords && kk == kind), label + " → " + (known ? k.ToString() : byKeywords ? kk + " (keywords)" : "nothing"));
            }
        }
    }

    [Fact]
    public void The_real_tables_hold_header_labels_to_rewrite()
    {
        var slots = Files.ToDictionary(f => f.Substring(0, 2), f => Slots(RealTables.Text(f)));
        Assert.True(slots.Values.Sum(s => s.Count) >= 60, slots.Values.Sum(s => s.Count) + " slots");
        Assert.Equal(new[] { HeaderFieldKind.Name, HeaderFieldKind.Department, HeaderFieldKind.ImplementingUnit }, slots["13"].Select(s => s.Kind).Take(3));
        Assert.Contains(slots["12"], s => s.Kind == HeaderFieldKind.FundingTotal && s.Text == "年度本级 预算金额");
        Assert.Contains(slots["18"], s => s.Kind == HeaderFieldKind.FundingTotal && s.Text == "项目预算金额 (万元)");
    }

    [Fact, Trait("Category", "Fuzz")]
    public void A_real_table_with_its_header_labels_spelled_another_way_reads_to_the_same_fields_and_indicators() =>
        FuzzSettings.Check(VariantGen.ToArbitrary(), v =>
        {
            var read = TableTextReader.Read(v.Text, v.File);
            Assert.Equal(PublishedModel(v.File), Model(read));
            Assert.DoesNotContain(read.Tables.SelectMany(t => t.ImportFindings), f => f.RuleId == ImportRuleIds.FieldUnderUnknownLabel);
        }, FuzzSettings.Scaled(0.02));

    [Fact]
    public void A_label_read_by_keywords_is_named_by_an_info_note_and_a_profile_label_silences_it()
    {
        var text = RealTables.Text("13-xiangtan-huanwei-wupaoche-mubiao2024.txt").Replace("项目实施单位\t", "项目承办单位\t", StringComparison.Ordinal);
        var table = Assert.Single(TableTextReader.Read(text, "13.txt").Tables);
        Assert.Equal("湘潭市环境卫生管理处", table.ImplementingUnit);
        var note = Assert.Single(table.ImportFindings, f => f.RuleId == ImportRuleIds.ValueInferred && f.Location.Field == "实施单位");
        Assert.Equal((Severity.Info, 7), (note.Severity, note.Location.Line!.Value));
        Assert.Contains("「项目承办单位」", note.Message, StringComparison.Ordinal);
        Assert.Contains("按关键词读作「实施单位」", note.Message, StringComparison.Ordinal);
        Assert.Contains("\"labels\": {\"实施单位\": [\"项目承办单位\"]}", note.Message, StringComparison.Ordinal);

        var taught = TableReaderOptions.Default with { Labels = new Dictionary<string, IReadOnlyList<string>> { ["实施单位"] = new[] { "项目承办单位" } } };
        var again = Assert.Single(TableTextReader.Read(text, "13.txt", taught).Tables);
        Assert.Equal("湘潭市环境卫生管理处", again.ImplementingUnit);
        Assert.DoesNotContain(again.ImportFindings, f => f.RuleId == ImportRuleIds.ValueInferred && f.Location.Field == "实施单位");
    }

    [Fact]
    public void Variants_measured_with_and_without_the_keywords()
    {
        // A fixed sample: 20 variants of each real table, every header label spelled another way.
        var random = new Random(20261206);
        int wanted = 0, without = 0, with = 0, tables = 0;
        var off = TableReaderOptions.Default with { LabelsByKeywords = false };
        var missed = new List<string>();
        foreach (var file in Files)
        {
            var text = RealTables.Text(file);
            var slots = Slots(text);
            var published = TableTextReader.Read(text, file).Tables;
            for (var k = 0; k < 20; k++)
            {
                var spellings = slots.Select(s => Pick(random, s)).ToList();
                var variant = Rewrite(text, slots, spellings);
                var a = TableTextReader.Read(variant, file, off).Tables;
                var b = TableTextReader.Read(variant, file).Tables;
                for (var t = 0; t < published.Count; t++)
                {
                    tables++;
                    foreach (var field in FieldsOf(published[t]))
                    {
                        wanted++;
                        if (t < a.Count && FieldsOf(a[t]).Contains(field)) without++;
                        if (t < b.Count && FieldsOf(b[t]).Contains(field)) with++;
                        else if (missed.Count < 20) missed.Add(file.Substring(0, 2) + "/" + t + " " + field + ": " + string.Join(" | ", spellings));
                    }
                }
            }
        }

        _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0} table variants: header fields found {1} of {2} without keywords, {3} of {2} with", tables, without, wanted, with));
        foreach (var m in missed) _output.WriteLine("missed " + m);
        Assert.Equal(wanted, with);
        Assert.True(without < with, "the variants must hold labels no list names");
    }

    private static string Pick(Random random, Slot slot)
    {
        var labels = Synonyms(slot.Kind);
        var label = labels[random.Next(labels.Length)];
        if (random.Next(3) == 0) label = string.Join(" ", label.ToCharArray());
        return label + UnitOf(slot.Text) + (random.Next(4) == 0 ? "(必填)" : string.Empty) + (random.Next(3) == 0 ? "：" : string.Empty);
    }

    /// <summary>The five required fields a table has, by letter: N D U F G.</summary>
    private static string FieldsOf(PerformanceTable t) =>
        (CheckText.IsBlank(t.Name) ? "" : "N") + (CheckText.IsBlank(t.Department) ? "" : "D") + (CheckText.IsBlank(t.ImplementingUnit) ? "" : "U")
        + (HeaderChecks.HasFunding(t) ? "F" : "") + (CheckText.IsBlank(t.AnnualGoal) ? "" : "G");
}

using System.Threading.Tasks;
using PerfRules.Analyzers.CodeFixes;

namespace PerfRules.Analyzers.Tests;

public class TableDefinitionAnalyzerTests
{
    private static string Table(string rows) =>
        Verify.Usings + "class C\n{\n    PerformanceTable M() => TableBuilder.Create(\"台式机\")\n" + rows + "\n        .Build();\n}\n";

    [Fact]
    public async Task Half_year_count_above_full_year_is_PR0003_on_the_half_argument()
    {
        await Verify.AnalyzerAsync<TableDefinitionAnalyzer>(
            Table("        .Indicator(\"产出\", \"数量指标\", \"设备购置数量（台）\", half: {|#0:\"=12\"|}, full: {|#1:\"=10\"|})"),
            Verify.Diagnostic("PR0003").WithLocation(0).WithLocation(1)
                .WithMessage("C01 设备购置数量（台）：半年指标值“=12”超过全年指标值“=10”"));
    }

    [Fact]
    public async Task Magnitudes_are_compared_after_scaling_and_ceilings_are_not_judged()
    {
        await Verify.AnalyzerAsync<TableDefinitionAnalyzer>(
            Table("        .Indicator(\"产出\", \"成本指标\", \"设备购置成本\", {|#0:\"≤2亿元\"|}, \"≤15000万元\")\n        .Indicator(\"产出\", \"数量指标\", \"服务企业数\", {|#1:\"≥2万家\"|}, {|#2:\"≥15000家\"|})"),
            Verify.Diagnostic("PR0003").WithLocation(1).WithLocation(2).WithArguments("服务企业数", "≥2万家", "≥15000家"));
    }

    [Theory]
    [InlineData("=10", "=10")]
    [InlineData("≥5家", "≥10家")]
    [InlineData("≥95%", "≥90%")]
    [InlineData("≤3天", "≤2天")]
    [InlineData("序时进度", "=10")]
    [InlineData("=12台", "=10家")]
    public async Task Within_or_not_comparable_is_not_PR0003(string half, string full)
    {
        await Verify.AnalyzerAsync<TableDefinitionAnalyzer>(Table("        .Indicator(\"产出\", \"数量指标\", \"设备购置数量（台）\", \"" + half + "\", \"" + full + "\")"));
    }

    [Fact]
    public async Task Non_matching_criterion_word_is_PR0004_on_each_cell()
    {
        await Verify.AnalyzerAsync<TableDefinitionAnalyzer>(
            Table("        .Indicator(\"决策\", \"项目立项\", \"立项依据充分性\", half: {|#0:\"合理\"|}, full: {|#1:\"较好\"|})"),
            Verify.Diagnostic("PR0004").WithLocation(0).WithMessage("V03 立项依据充分性：指标值“合理”不是与指标名称相符的评价词“充分”"),
            Verify.Diagnostic("PR0004").WithLocation(1).WithArguments("立项依据充分性", "较好", "充分"));
    }

    [Fact]
    public async Task Matching_word_empty_cell_and_other_names_are_not_PR0004()
    {
        await Verify.AnalyzerAsync<TableDefinitionAnalyzer>(Table(
            "        .Indicator(\"决策\", \"项目立项\", \"立项依据充分性\", half: \"充分\", full: \"充分\")\n" +
            "        .Indicator(\"过程\", \"资金管理\", \"资金使用合规性\", half: \"\", full: \"合规\")\n" +
            "        .Indicator(\"效益\", \"社会效益指标\", \"群众满意程度\", half: \"较好\", full: \"好\")"));
    }

    [Fact]
    public async Task PR0004_fix_replaces_the_word_with_the_matching_one()
    {
        await Verify.CodeFixAsync<TableDefinitionAnalyzer, ReplaceLiteralCodeFix>(
            Table("        .Indicator(\"过程\", \"组织实施\", \"管理制度健全性\", half: {|PR0004:\"完善\"|}, full: {|PR0004:@\"基本健全\"|})"),
            Table("        .Indicator(\"过程\", \"组织实施\", \"管理制度健全性\", half: \"健全\", full: @\"健全\")"));
    }

    [Fact]
    public async Task PR0004_offers_no_fix_for_a_number()
    {
        var source = Table("        .Indicator(\"决策\", \"资金投入\", \"预算编制科学性\", half: {|PR0004:\"=100%\"|}, full: \"科学\")");
        await Verify.CodeFixAsync<TableDefinitionAnalyzer, ReplaceLiteralCodeFix>(source, source);
    }

    [Fact]
    public async Task Unknown_level1_is_PR0005_S03()
    {
        await Verify.AnalyzerAsync<TableDefinitionAnalyzer>(
            Table("        .Indicator({|#0:\"效果\"|}, \"社会效益指标\", \"服务企业数（家）\", \"≥10\", \"≥20\")"),
            Verify.Diagnostic("PR0005").WithLocation(0).WithMessage("S03 一级指标“效果”不是决策、过程、产出、效益、满意度、成本之一"));
    }

    [Fact]
    public async Task Level2_under_the_wrong_level1_is_PR0005_S04()
    {
        await Verify.AnalyzerAsync<TableDefinitionAnalyzer>(
            Table("        .Indicator(\"产出\", {|#0:\"经济效益指标\"|}, \"新增产值（万元）\", \"≥100\", \"≥200\")"),
            Verify.Diagnostic("PR0005").WithLocation(0).WithMessage("S04 二级指标“经济效益指标”不属于一级指标“产出”（应为数量指标、质量指标、时效指标、成本指标之一）"));
    }

    [Fact]
    public async Task Hierarchy_spellings_with_and_without_zhibiao_are_accepted()
    {
        await Verify.AnalyzerAsync<TableDefinitionAnalyzer>(Table(
            "        .Indicator(\"产出指标\", \"数量指标\", \"设备购置数量（台）\", \"=10\", \"=10\")\n" +
            "        .Indicator(\"效益\", \"社会效益\", \"服务企业数（家）\", \"≥10\", \"≥20\")\n" +
            "        .Indicator(\"满意度指标\", \"服务对象满意度指标\", \"使用人员满意度\", \"≥90%\", \"≥90%\")\n" +
            "        .Indicator(\"成本\", \"经济成本指标\", \"单位成本（万元）\", \"≤1\", \"≤1\")"));
    }

    [Fact]
    public async Task Full_year_only_overload_is_checked_for_hierarchy_and_criterion()
    {
        await Verify.AnalyzerAsync<TableDefinitionAnalyzer>(
            Table("        .Indicator(\"决策\", {|#0:\"数量指标\"|}, \"绩效目标合理性\", full: {|#1:\"明确\"|})"),
            Verify.Diagnostic("PR0005").WithLocation(0).WithArguments("S04", "二级指标“数量指标”不属于一级指标“决策”（应为项目立项、绩效目标、资金投入之一）"),
            Verify.Diagnostic("PR0004").WithLocation(1).WithArguments("绩效目标合理性", "明确", "合理"));
    }

    [Fact]
    public async Task Values_computed_at_run_time_and_other_methods_are_not_analysed()
    {
        var source = Verify.Usings + """
            class C
            {
                static void Indicator(string level1, string level2, string name, string half, string full) { }
                PerformanceTable M(string half, string name) => TableBuilder.Create("t")
                    .Indicator("产出", "数量指标", "设备购置数量（台）", half, "=10")
                    .Indicator("决策", "项目立项", name, "合理", "合理")
                    .Indicator("产出", "数量指标", "x", IndicatorValue.Parse("=12"), IndicatorValue.Parse("=10"))
                    .Build();
                void N() => Indicator("效果", "经济效益指标", "立项依据充分性", "=12", "=10");
            }
            """;
        await Verify.AnalyzerAsync<TableDefinitionAnalyzer>(source);
    }
}

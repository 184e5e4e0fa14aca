extern alias core;
extern alias rules;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using PerfRules.Analyzers.TableFiles;
using Engine = rules::PerfRules.Rules.RuleEngine;

namespace PerfRules.Analyzers.Tests;

public class TableFileAnalyzerTests
{
    private const string TextPath = "/project/tables/台式机.perftable.txt";
    private const string JsonPath = "/project/tables/台式机.perftable.json";

    private static readonly Lazy<Engine> RuleEngine = new(() => Engine.Create());

    // A Nanjing table with a half-year count above the full year (line 15) and a rate valued 完成 (line 16).
    private const string Desktop = """
        南京市市级项目预算绩效目标表
        2026年度
        项目名称	台式机	主管部门	南京市工业和信息化局
        项目类型	一次性安排项目	项目级次	市本级
        开始时间	2026年1月	完成时间	2026年12月
        实施单位	南京市工业和信息化局	项目负责人/ 联系电话	李鹏86591170
        年度目标	购置台式机10台
        项目资金 (万元)	收入	全年(程) 预算数
        		资金总额	6
        	支出	半年(程) 计划执行数	全年(程) 预算数
        		台式机	6	6
        中长期目标	保障办公
        一级指标	二级指标	三级指标	半年(程) 指标值	全年(程) 指标值
        产出指标	数量指标	设备购置数量（台）	=10	=10
        	数量指标	显示器购置数量（台）	=12	=10
        	质量指标	设备购置验收合格率	完成	=100%
        效益指标	社会效益指标	办公效率	提升	提升
        """;

    [Fact]
    public async Task Text_table_reports_catalogue_errors_on_their_lines()
    {
        await Verify.AdditionalFileAsync<TableFileAnalyzer>(
            TextPath,
            Desktop,
            Verify.Diagnostic("PRC01").WithSpan(TextPath, 15, 1, 15, 25).WithMessage("C01 「显示器购置数量（台）」半年指标值「=12」超过全年指标值「=10」。（表「台式机」）"),
            Verify.Diagnostic("PRV04").WithSpan(TextPath, 16, 1, 16, 25).WithMessage("V04 「设备购置验收合格率」是比率类指标，半年(程)指标值「完成」应写成百分比（如 ≥95%）或序时进度。（表「台式机」）"));
    }

    [Fact]
    public async Task One_rule_can_be_switched_off_in_editorconfig_while_the_others_still_report()
    {
        await Verify.AdditionalFileAsync<TableFileAnalyzer>(
            TextPath,
            Desktop,
            "dotnet_diagnostic.PRC01.severity = none\n",
            Verify.Diagnostic("PRV04").WithSpan(TextPath, 16, 1, 16, 25)
                .WithMessage("V04 「设备购置验收合格率」是比率类指标，半年(程)指标值「完成」应写成百分比（如 ≥95%）或序时进度。（表「台式机」）"));
    }

    [Fact]
    public void Each_id_is_its_catalogue_rule_with_title_and_docs_page()
    {
        var c01 = TableFileDescriptors.For("C01")!;
        Assert.Equal("PRC01", c01.Id);
        Assert.Equal("C01 半年指标值超过全年指标值", c01.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("https://github.com/perfrules/perfrules/blob/main/docs/rules/C01.md", c01.HelpLinkUri);
        Assert.Null(TableFileDescriptors.For("V01")); // info in the catalogue: not run on table files
        Assert.Equal("PRI10", TableFileDescriptors.For("I10")!.Id);
    }

    [Fact]
    public void Evaluating_a_bound_expression_gives_what_the_helper_gives()
    {
        var located = AdditionalTableFile.Read(Desktop, TextPath, new List<TableFileProblem>())[0];
        var table = located.Table;
        var row = table.Indicators.Single(i => i.Name == "显示器购置数量（台）");
        var inputs = new CatalogueRunner.Inputs(table) { Indicator = row };
        Assert.False(CatalogueRunner.Bind("Coherence.HalfWithinFull(indicator)")!(inputs));
        Assert.True(CatalogueRunner.Bind("table.IsPartial || !Coherence.HalfWithinFull(indicator)")!(inputs));
        Assert.Equal("台式机", CatalogueRunner.BindValue("table.Name")!(inputs));
        Assert.Equal(true, CatalogueRunner.BindValue("indicator.Name == \"显示器购置数量（台）\" ? true : false")!(inputs));
        Assert.Null(CatalogueRunner.Bind("table.Indicators.Any(i => i.Weight != null)")); // lambdas are left to the library
        Assert.Null(CatalogueRunner.Bind("System.IO.File.Exists(\"x\")"));             // only the helper types are callable
        Assert.Null(CatalogueRunner.Bind("Structure.NoSuchMethod(table)"));
    }

    [Fact]
    public async Task Clean_text_table_has_no_diagnostic()
    {
        var clean = Desktop.Replace("=12\t=10", "=10\t=10", StringComparison.Ordinal).Replace("完成\t=100%", "=100%\t=100%", StringComparison.Ordinal);
        await Verify.AdditionalFileAsync<TableFileAnalyzer>(TextPath, clean);
    }

    [Fact]
    public async Task Json_table_reports_catalogue_errors_on_the_indicator_and_unreadable_values_as_I10()
    {
        var json = """
            {"name": "台式机", "year": 2026, "projectType": "一次性安排项目", "department": "南京市工业和信息化局",
             "implementingUnit": "南京市工业和信息化局", "annualGoal": "购置台式机10台",
             "fundingTotal": 7, "expenditures": [{"name": "台式机", "halfYear": 6, "fullYear": 6}],
             "indicators": [
               {"level1": "产出", "level2": "数量指标", "name": "设备购置数量（台）", "halfYear": {"kind": "numeric", "text": "=12台"}, "fullYear": "=10"},
               {"level1": "效益", "level2": "社会效益指标", "name": "办公效率", "halfYear": "提升", "fullYear": "≥≥"}
             ]}
            """;
        await Verify.AdditionalFileAsync<TableFileAnalyzer>(
            JsonPath,
            json,
            Verify.Diagnostic("PRF02").WithSpan(JsonPath, 3, 18, 3, 19).WithMessage("F02 资金总额 7万元 与各项支出全年预算数合计 6万元 不一致。（表「台式机」）"),
            Verify.Diagnostic("PRC01").WithSpan(JsonPath, 5, 4, 5, 127).WithMessage("C01 「设备购置数量（台）」半年指标值「=12台」超过全年指标值「=10」。（表「台式机」）"),
            Verify.Diagnostic("PRI10").WithSpan(JsonPath, 6, 87, 6, 91).WithMessage("I10 指标值“≥≥”无法解析：a comparison operator must be followed by a number"));
    }

    [Fact]
    public async Task Broken_json_table_is_one_I10_at_the_syntax_error()
    {
        await Verify.AdditionalFileAsync<TableFileAnalyzer>(
            JsonPath,
            "{\"name\": \"台式机\",\n \"indicators\": [}",
            Verify.Diagnostic("PRI10").WithSpan(JsonPath, 2, 17, 2, 18).WithMessage("I10 表格文件不是有效的 JSON：「}」不是 JSON 值（应是对象、数组、字符串、数字、true、false 或 null）"));
    }

    [Fact]
    public void Every_error_rule_of_the_catalogue_is_bound_with_its_arguments()
    {
        var errors = Catalogue.Rules.Where(r => r.Severity == "error" && !r.Id.StartsWith('E')).ToList();
        Assert.True(errors.Count >= 20, "the catalogue resources are embedded (" + errors.Count + " error rules)");
        foreach (var rule in errors)
        {
            Assert.True(CatalogueRunner.Bind(rule.Expression) is not null, rule.Id + ": expression '" + rule.Expression + "' is not bound");
            foreach (var argument in rule.Arguments)
            {
                Assert.True(CatalogueRunner.BindValue(argument.Value) is not null, rule.Id + ": argument '" + argument.Value + "' is not bound");
            }
        }

        var files = Directory.GetFiles(Path.Combine(RepositoryRoot(), "src", "PerfRules.Rules", "Catalogue"), "*.json").Length;
        Assert.Equal(files, typeof(Catalogue).Assembly.GetManifestResourceNames().Count(n => n.StartsWith("PerfRules.Analyzers.Catalogue.", StringComparison.Ordinal)));
    }

    [Fact]
    public void National_profile_switches_off_half_year_rules()
    {
        var c01 = Catalogue.Rules.Single(r => r.Id == "C01");
        Assert.True(Catalogue.IsDisabled("national", c01));
        Assert.False(Catalogue.IsDisabled("nanjing-2026", c01));
        Assert.True(Catalogue.IsDisabled("national", Catalogue.Rules.Single(r => r.Id == "S01" && r.Field == "项目类型")));
        Assert.False(Catalogue.IsDisabled("national", Catalogue.Rules.Single(r => r.Id == "S01" && r.Field == "项目名称")));
    }

    /// <summary>The analyzer's error findings on the seven seed tables are the library's, id and message for id and message.</summary>
    [Fact]
    public void Seed_tables_get_the_same_error_findings_as_the_rule_engine()
    {
        var compared = 0;
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt").OrderBy(f => f, StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file);
            var engineTables = core::PerfRules.Import.TableTextReader.Read(text, file).Tables;
            var problems = new List<TableFileProblem>();
            var analyzerTables = AdditionalTableFile.Read(text, file, problems);
            Assert.Empty(problems);
            Assert.Equal(engineTables.Count, analyzerTables.Count);
            for (var i = 0; i < engineTables.Count; i++)
            {
                var expected = RuleEngine.Value.Check(engineTables[i])
                    .Where(f => f.Severity == core::PerfRules.Findings.Severity.Error && !f.RuleId.StartsWith('I'))
                    .Select(f => f.RuleId + " " + f.Message + " @" + f.Location.Line)
                    .OrderBy(s => s, StringComparer.Ordinal)
                    .ToList();
                var suffix = "（表「" + analyzerTables[i].Table.Name + "」）";
                var actual = CatalogueRunner.Run(analyzerTables[i])
                    .Select(f => f.RuleId + " " + f.Message.Substring(0, f.Message.Length - suffix.Length) + " @" + (f.Position.Line > 0 ? f.Position.Line : (int?)null))
                    .OrderBy(s => s, StringComparer.Ordinal)
                    .ToList();
                Assert.Equal(expected, actual);
                compared += expected.Count;
            }
        }

        Assert.True(compared > 0, "the seeds have error findings to compare");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PerfRules.sln"))) directory = directory.Parent;
        return directory!.FullName;
    }
}

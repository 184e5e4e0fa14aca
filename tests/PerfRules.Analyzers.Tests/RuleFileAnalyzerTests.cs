using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using PerfRules.Analyzers.RuleFiles;

namespace PerfRules.Analyzers.Tests;

public class RuleFileAnalyzerTests
{
    private const string Path = "/project/rules/extra.perfrules.json";

    private const string Good = """
        [
          {
            "WorkflowName": "南京扩展",
            "Rules": [
              {
                "RuleName": "满意度不低于85",
                "Expression": "indicator.Name.Contains(\"满意度\") == false || Values.AtLeast(indicator.FullYear, 85)",
                "Properties": { "Id": "JS-01", "Severity": "warning", "Message": "{indicator} 的目标 {value} 低于 85%", "Scope": "indicator" }
              }
            ]
          }
        ]
        """;

    [Fact]
    public async Task Valid_rule_file_has_no_PR0006()
    {
        await Verify.AdditionalFileAsync<RuleFileAnalyzer>(Path, Good);
    }

    [Fact]
    public async Task Files_with_other_names_are_not_read()
    {
        await Verify.AdditionalFileAsync<RuleFileAnalyzer>("/project/rules/extra.json", "{ broken");
    }

    [Fact]
    public async Task Json_syntax_error_is_PR0006_at_the_bad_character()
    {
        // line 3 lacks the comma after "W1"
        var content = "{\n  \"WorkflowName\": \"W1\"\n  \"Rules\": []\n}";
        await Verify.AdditionalFileAsync<RuleFileAnalyzer>(
            Path,
            content,
            Verify.Diagnostic("PR0006").WithSpan(Path, 3, 3, 3, 10).WithMessage("规则文件的 JSON 格式错误：成员值之后应是 ',' 或 '}'，实际是「\"Rules\"」（漏了逗号？）"));
    }

    [Fact]
    public async Task Missing_closing_quote_is_PR0006_where_the_text_stops_making_sense()
    {
        // "W1, is not closed, so the string runs to the next quote and Rules is left over
        var content = "[{\"WorkflowName\": \"W1, \"Rules\": []}";
        await Verify.AdditionalFileAsync<RuleFileAnalyzer>(Path, content, Verify.Diagnostic("PR0006").WithSpan(Path, 1, 25, 1, 30).WithMessage("规则文件的 JSON 格式错误：成员值之后应是 ',' 或 '}'，实际是「Rules」（漏了逗号？）"));
    }

    [Fact]
    public async Task String_open_at_the_end_of_the_line_is_PR0006_on_the_string()
    {
        var content = "[{\"WorkflowName\": \"W1,\n \"Rules\": []}]";
        await Verify.AdditionalFileAsync<RuleFileAnalyzer>(Path, content, Verify.Diagnostic("PR0006").WithSpan(Path, 1, 19, 1, 23).WithMessage("规则文件的 JSON 格式错误：这个字符串在本行没有结束（缺少 '\"'）"));
    }

    [Fact]
    public async Task Missing_properties_severity_and_message_are_each_reported()
    {
        var content = """
            [{ "WorkflowName": "W", "Rules": [
              { "RuleName": "R1", "Expression": "true" },
              { "RuleName": "R2", "Expression": "true", "Properties": { "Id": "X02" } }
            ]}]
            """;
        await Verify.AdditionalFileAsync<RuleFileAnalyzer>(
            Path,
            content,
            Verify.Diagnostic("PR0006").WithSpan(Path, 2, 3, 2, 4).WithMessage("工作流「W」，规则「R1」：缺少 Properties（其中 Id、Severity、Message 必填）"),
            Verify.Diagnostic("PR0006").WithSpan(Path, 3, 59, 3, 60).WithMessage("工作流「W」，规则「R2」：缺少 Properties.Severity"),
            Verify.Diagnostic("PR0006").WithSpan(Path, 3, 59, 3, 60).WithMessage("工作流「W」，规则「R2」：缺少 Properties.Message"));
    }

    [Fact]
    public async Task Duplicate_rule_name_points_at_the_second_and_names_the_first()
    {
        var content = """
            [{ "WorkflowName": "W", "Rules": [
              { "RuleName": "R", "Expression": "true", "Properties": { "Id": "X01", "Severity": "error", "Message": "m" } },
              { "RuleName": "R", "Expression": "true", "Properties": { "Id": "X02", "Severity": "error", "Message": "m" } }
            ]}]
            """;
        await Verify.AdditionalFileAsync<RuleFileAnalyzer>(
            Path,
            content,
            Verify.Diagnostic("PR0006").WithSpan(Path, 3, 17, 3, 20).WithMessage("工作流「W」，规则「R」：RuleName 在工作流中重复（第一次在第 2 行第 17 列）；请给每条规则取不同的名称"));
    }

    [Fact]
    public async Task Unknown_severity_reserved_id_and_bad_scope_are_PR0006()
    {
        var content = """
            { "WorkflowName": "W", "Rules": [
              { "RuleName": "R", "Expression": "true", "Properties": { "Id": "S01", "Severity": "fatal", "Message": "m", "Scope": "row" } }
            ]}
            """;
        await Verify.AdditionalFileAsync<RuleFileAnalyzer>(
            Path,
            content,
            Verify.Diagnostic("PR0006").WithSpan(Path, 2, 66, 2, 71).WithMessage("工作流「W」，规则「R」：Id「S01」留给内置规则目录（S、V、C、F、E、I 后接数字）；请用自己的前缀，如 X01 或 JS-01"),
            Verify.Diagnostic("PR0006").WithSpan(Path, 2, 85, 2, 92).WithMessage("工作流「W」，规则「R」：Severity「fatal」不是 error、warning、info 之一"),
            Verify.Diagnostic("PR0006").WithSpan(Path, 2, 119, 2, 124).WithMessage("工作流「W」，规则「R」：Scope「row」不是 table、field、indicator、cell、funding 之一"));
    }

    [Fact]
    public async Task Banned_token_in_expression_spans_the_name_inside_the_string()
    {
        var content = """
            [{ "WorkflowName": "W", "Rules": [
              { "RuleName": "R", "Expression": "table.GetType().Name == \"x\"", "Properties": { "Id": "X01", "Severity": "error", "Message": "m" } }
            ]}]
            """;
        await Verify.AdditionalFileAsync<RuleFileAnalyzer>(
            Path,
            content,
            Verify.Diagnostic("PR0006").WithSpan(Path, 2, 43, 2, 50).WithMessage("工作流「W」，规则「R」：Expression 在第 7 个字符处用了「GetType」，规则表达式不能用它（反射、类型对象、委托、代码生成、进程、文件、环境变量、线程和时钟都在沙箱之外）；请改用已登记的辅助类"));
    }

    [Theory]
    [InlineData("typeof(string)", "typeof")]
    [InlineData("Activator.CreateInstance(null)", "Activator")]
    [InlineData("File.Exists(\\\"a\\\")", "File")]
    [InlineData("System.IO.Path.GetFullPath(\\\"a\\\")", "IO")]
    [InlineData("Environment.Exit(1)", "Environment")]
    [InlineData("AppDomain.CurrentDomain != null", "AppDomain")]
    [InlineData("Process.Start(\\\"sh\\\") != null", "Process")]
    [InlineData("DateTime.Now.Year > 2000", "Now")]
    [InlineData("((Func<bool>)(() => true)).DynamicInvoke() != null", "Func")]
    [InlineData("Expression.Lambda(null).Compile() != null", "Expression")]
    [InlineData("indicator.Name.GetType().Assembly != null", "GetType")]
    public void Every_banned_name_is_found(string expression, string first)
    {
        var content = "[{\"WorkflowName\":\"W\",\"Rules\":[{\"RuleName\":\"R\",\"Expression\":\"" + expression +
            "\",\"Properties\":{\"Id\":\"X1\",\"Severity\":\"error\",\"Message\":\"m\"}}]}]";
        var problems = RuleFileValidator.Validate(content);
        Assert.NotEmpty(problems);
        Assert.Contains("用了「" + first + "」", problems[0].Message, System.StringComparison.Ordinal);
        Assert.Equal(first, content.Substring(problems[0].Offset, problems[0].Length));
    }

    [Theory]
    [InlineData("indicator.ValueType == \\\"定量\\\"")]
    [InlineData("table.Name.Contains(\\\"GetType\\\")")]
    [InlineData("table.Indicators.Any(i => i.FullYear.Kind == ValueKind.Numeric)")]
    public void Allowed_expressions_have_no_problem(string expression)
    {
        var content = "[{\"WorkflowName\":\"W\",\"Rules\":[{\"RuleName\":\"R\",\"Expression\":\"" + expression +
            "\",\"Properties\":{\"Id\":\"X1\",\"Severity\":\"error\",\"Message\":\"m\"}}]}]";
        Assert.Empty(RuleFileValidator.Validate(content));
    }

    [Fact]
    public void Root_that_is_not_a_workflow_is_reported()
    {
        var problems = RuleFileValidator.Validate("42");
        Assert.Equal("规则文件应是工作流数组或单个工作流对象（含 WorkflowName 和 Rules），实际是数字", Assert.Single(problems).Message);
    }

    [Fact]
    public void Duplicate_workflow_names_are_reported()
    {
        const string Rule = "{\"RuleName\":\"R\",\"Expression\":\"true\",\"Properties\":{\"Id\":\"X1\",\"Severity\":\"info\",\"Message\":\"m\"}}";
        var problems = RuleFileValidator.Validate("[{\"WorkflowName\":\"W\",\"Rules\":[" + Rule + "]},{\"WorkflowName\":\"W\",\"Rules\":[" + Rule + "]}]");
        Assert.Equal("工作流「W」：WorkflowName 重复（第一次在第 1 行第 18 列）；请给每个工作流取不同的名称", Assert.Single(problems).Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[")]
    [InlineData("{\"WorkflowName\":")]
    [InlineData("[{\"WorkflowName\":\"W\",\"Rules\":[{\"RuleName\":")]
    [InlineData("\"\\u12\"")]
    [InlineData("[1,2,,]")]
    [InlineData("/* open")]
    [InlineData("{\"a\":tru}")]
    [InlineData("{\"a\":01}")]
    [InlineData("[\"\u0001\"]")]
    public void Broken_json_is_one_syntax_problem_and_never_throws(string content)
    {
        var problem = Assert.Single(RuleFileValidator.Validate(content));
        Assert.StartsWith("规则文件的 JSON 格式错误：", problem.Message, System.StringComparison.Ordinal);
        Assert.InRange(problem.Offset, 0, content.Length);
        Assert.InRange(problem.Offset + problem.Length, 0, content.Length);
    }

    [Fact]
    public void Deep_nesting_is_a_syntax_problem_not_a_stack_overflow()
    {
        var content = new string('[', 100_000);
        var problem = Assert.Single(RuleFileValidator.Validate(content));
        Assert.Contains("文档嵌套超过 ", problem.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_accepted_like_the_loader()
    {
        var content = "// rules\n[{\"WorkflowName\":\"W\", /* c */ \"Rules\":[{\"RuleName\":\"R\",\"Expression\":\"true\",\"Properties\":{\"Id\":\"X1\",\"Severity\":\"info\",\"Message\":\"m\",},},],},]";
        Assert.Empty(RuleFileValidator.Validate(content));
    }

    [Fact]
    public void Loader_rules_are_mirrored_empty_workflow_capitalised_severity_field_scope_error_message_and_duplicates()
    {
        var content = """
            [
              { "WorkflowName": "Empty", "Rules": [] },
              { "WorkflowName": "W", "Rules": [
                { "RuleName": "R1", "Expression": "true", "ErrorMessage": "old style", "Properties": { "Id": "X01", "Severity": "Error" } },
                { "RuleName": "R2", "Expression": "true", "Properties": { "Id": "9x", "Severity": "info", "Message": "m", "Scope": "indicator", "Field": "年度目标" } },
                { "RuleName": "R3", "Expression": "true", "Expression": "false", "Properties": { "Id": "X03", "Severity": "info", "Message": "m", "Arguments": { "a": "Environment.MachineName", "b": 5 } } }
              ] }
            ]
            """;
        var messages = RuleFileValidator.Validate(content).Select(p => p.Message).ToList();
        Assert.Equal(
            new[]
            {
                "工作流「Empty」：工作流中没有规则；请在 Rules 中至少写一条规则，或删除该工作流",
                "工作流「W」，规则「R1」：Severity「Error」不是 error、warning、info 之一",
                "工作流「W」，规则「R2」：Id「9x」格式不对：应以英文字母开头，后接字母、数字、'-'、'_' 或 '.'，最长 32 个字符",
                "工作流「W」，规则「R2」：只有 Scope 为 table 的规则才能写 Field（这里 Scope 是「indicator」）；请删除 Field 或改 Scope",
                "工作流「W」，规则「R3」：成员「Expression」出现了两次；请只保留一个",
                "工作流「W」，规则「R3」：参数「a」的表达式在第 1 个字符处用了「Environment」，规则表达式不能用它（反射、类型对象、委托、代码生成、进程、文件、环境变量、线程和时钟都在沙箱之外）；请改用已登记的辅助类",
                "工作流「W」，规则「R3」：参数「b」应是表达式字符串，实际是数字",
            },
            messages);
    }

    [Fact]
    public void Every_banned_name_of_an_expression_is_reported_not_only_the_first()
    {
        var content = "[{\"WorkflowName\":\"W\",\"Rules\":[{\"RuleName\":\"R\",\"Expression\":\"typeof(x) == \\\"File\\\" && Activator != null && @File == null\",\"Properties\":{\"Id\":\"X1\",\"Severity\":\"error\",\"Message\":\"m\"}}]}]";
        var spans = RuleFileValidator.Validate(content).Select(p => content.Substring(p.Offset, p.Length)).ToList();
        Assert.Equal(new[] { "typeof", "Activator", "@File" }, spans);
    }

    /// <summary>
    /// PR0006 messages on files generated from a valid one (cut short at every character, a stray character at every
    /// position, each value replaced by each JSON kind): Chinese, naming workflow and rule, no .NET vocabulary.
    /// </summary>
    [Fact]
    public void Every_problem_on_a_generated_broken_file_is_a_Chinese_user_message()
    {
        const string Valid = """
            [{ "WorkflowName": "W", "Rules": [
              { "RuleName": "R", "Expression": "indicator.Row > 0", "Properties": { "Id": "X01", "Severity": "info", "Scope": "indicator", "Message": "m", "Arguments": { "a": "indicator.Name" } } },
              { "RuleName": "T", "Expression": "true", "Properties": { "Id": "X02", "Severity": "error", "Field": "项目名称", "Message": "m" } } ] }]
            """;
        var files = new List<string>();
        for (var cut = 0; cut < Valid.Length; cut++) files.Add(Valid.Substring(0, cut));
        foreach (var c in "{}[]\",:\\/*x1")
        {
            for (var at = 0; at <= Valid.Length; at += 3) files.Add(Valid.Insert(at, c.ToString()));
        }

        var values = System.Text.RegularExpressions.Regex.Matches(Valid, "\"[^\"]*\"(?=\\s*[,}\\]])").Select(m => m.Value).Distinct().ToList();
        foreach (var value in values)
        {
            foreach (var replacement in new[] { "1", "true", "null", "[]", "{}", "\"\"", "\"fatal\"", "\"S01\"", "\"File.Exists(x)\"" })
            {
                files.Add(Valid.Replace(value, replacement, System.StringComparison.Ordinal));
            }
        }

        var messages = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var problem in RuleFileValidator.Validate(file))
            {
                messages.Add(problem.Message);
                PerfRules.Tests.UserMessageText.AssertClean(problem.Message, file);
            }
        }

        Assert.True(messages.Count >= 60, messages.Count + " distinct messages");
    }
}

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
            Verify.Diagnostic("PR0006").WithSpan(Path, 3, 3, 3, 10).WithMessage("JSON syntax error: expected ',' or '}' after a property value, found '\"Rules\"'"));
    }

    [Fact]
    public async Task Missing_closing_quote_is_PR0006_where_the_text_stops_making_sense()
    {
        // "W1, is not closed, so the string runs to the next quote and Rules is left over
        var content = "[{\"WorkflowName\": \"W1, \"Rules\": []}";
        await Verify.AdditionalFileAsync<RuleFileAnalyzer>(Path, content, Verify.Diagnostic("PR0006").WithSpan(Path, 1, 25, 1, 30).WithMessage("JSON syntax error: expected ',' or '}' after a property value, found 'Rules'"));
    }

    [Fact]
    public async Task String_open_at_the_end_of_the_line_is_PR0006_on_the_string()
    {
        var content = "[{\"WorkflowName\": \"W1,\n \"Rules\": []}]";
        await Verify.AdditionalFileAsync<RuleFileAnalyzer>(Path, content, Verify.Diagnostic("PR0006").WithSpan(Path, 1, 19, 1, 23).WithMessage("JSON syntax error: this string is not closed on its line (missing '\"')"));
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
            Verify.Diagnostic("PR0006").WithSpan(Path, 2, 3, 2, 4).WithMessage("workflow 'W', rule 'R1' has no Properties (Id, Severity and Message are required)"),
            Verify.Diagnostic("PR0006").WithSpan(Path, 3, 59, 3, 60).WithMessage("workflow 'W', rule 'R2' has no Properties.Severity"),
            Verify.Diagnostic("PR0006").WithSpan(Path, 3, 59, 3, 60).WithMessage("workflow 'W', rule 'R2' has no Properties.Message"));
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
            Verify.Diagnostic("PR0006").WithSpan(Path, 3, 17, 3, 20).WithMessage("workflow 'W', rule 'R': duplicate RuleName (first at line 2, column 17)"));
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
            Verify.Diagnostic("PR0006").WithSpan(Path, 2, 66, 2, 71).WithMessage("workflow 'W', rule 'R': Id 'S01' is reserved for the built-in catalogue (S, V, C, F, E, I followed by a digit); give your rules their own prefix, e.g. X01 or JS-01"),
            Verify.Diagnostic("PR0006").WithSpan(Path, 2, 85, 2, 92).WithMessage("workflow 'W', rule 'R': Severity 'fatal' is not one of error, warning, info"),
            Verify.Diagnostic("PR0006").WithSpan(Path, 2, 119, 2, 124).WithMessage("workflow 'W', rule 'R': Scope 'row' is not one of table, field, indicator, cell, funding"));
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
            Verify.Diagnostic("PR0006").WithSpan(Path, 2, 43, 2, 50).WithMessage("workflow 'W', rule 'R': the expression uses 'GetType', which rule expressions may not use (reflection, type objects, delegates, code generation, processes, files, environment, threads and clocks are outside the sandbox); call the registered helper types instead"));
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
        Assert.Contains("'" + first + "'", problems[0].Message, System.StringComparison.Ordinal);
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
        Assert.Equal("a rule file holds an array of workflows or one workflow object, found a number", Assert.Single(problems).Message);
    }

    [Fact]
    public void Duplicate_workflow_names_are_reported()
    {
        const string Rule = "{\"RuleName\":\"R\",\"Expression\":\"true\",\"Properties\":{\"Id\":\"X1\",\"Severity\":\"info\",\"Message\":\"m\"}}";
        var problems = RuleFileValidator.Validate("[{\"WorkflowName\":\"W\",\"Rules\":[" + Rule + "]},{\"WorkflowName\":\"W\",\"Rules\":[" + Rule + "]}]");
        Assert.Equal("workflow 'W' is defined twice (first at line 1, column 18)", Assert.Single(problems).Message);
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
        Assert.StartsWith("JSON syntax error: ", problem.Message, System.StringComparison.Ordinal);
        Assert.InRange(problem.Offset, 0, content.Length);
        Assert.InRange(problem.Offset + problem.Length, 0, content.Length);
    }

    [Fact]
    public void Deep_nesting_is_a_syntax_problem_not_a_stack_overflow()
    {
        var content = new string('[', 100_000);
        var problem = Assert.Single(RuleFileValidator.Validate(content));
        Assert.Contains("nested more than", problem.Message, System.StringComparison.Ordinal);
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
                "workflow 'Empty' has no rules",
                "workflow 'W', rule 'R1': Severity 'Error' is not one of error, warning, info",
                "workflow 'W', rule 'R2': Id '9x' is not well formed (a letter, then up to 31 letters, digits, '-', '_' or '.')",
                "workflow 'W', rule 'R2': Field is only allowed for table-scoped rules (Scope is 'indicator')",
                "workflow 'W', rule 'R3': member 'Expression' appears twice",
                "workflow 'W', rule 'R3': argument 'a' uses 'Environment', which rule expressions may not use (reflection, type objects, delegates, code generation, processes, files, environment, threads and clocks are outside the sandbox); call the registered helper types instead",
                "workflow 'W', rule 'R3': argument 'b' must be an expression string, found a number",
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
}

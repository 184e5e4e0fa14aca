using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;

namespace PerfRules.Analyzers.Tests;

public class IndicatorValueAnalyzerTests
{
    private const string Expected = "a number (≥5家, ≥80%, =10台)";

    private static string InMain(string body) => Verify.Usings + "class C\n{\n    void M()\n    {\n        " + body + "\n    }\n}\n";

    [Fact]
    public async Task Double_operator_is_PR0001_on_the_second_operator()
    {
        await Verify.AnalyzerAsync<IndicatorValueAnalyzer>(
            InMain("var v = IndicatorValue.Parse(\"≥{|#0:≥|}5家\");"),
            Verify.Diagnostic("PR0001").WithLocation(0).WithArguments("≥≥5家", "a comparison operator must be followed by a number", Expected));
    }

    [Fact]
    public async Task PR0001_message_names_the_text_the_problem_and_what_was_expected()
    {
        await Verify.AnalyzerAsync<IndicatorValueAnalyzer>(
            InMain("var v = IndicatorValue.Parse(\">={|#0:abc|}\");"),
            Verify.Diagnostic("PR0001").WithLocation(0).WithMessage("'>=abc' is not a valid indicator value: a comparison operator must be followed by a number (expected " + Expected + ")"));
    }

    [Fact]
    public async Task Malformed_number_is_PR0001_at_the_second_decimal_point()
    {
        await Verify.AnalyzerAsync<IndicatorValueAnalyzer>(
            InMain("var ok = IndicatorValueParser.Parse(\"12.{|#0:.|}5%\").IsSuccess;"),
            Verify.Diagnostic("PR0001").WithLocation(0).WithArguments("12..5%", "a number has two decimal points in a row", "a digit"));
    }

    [Fact]
    public async Task Operator_alone_is_PR0001_at_the_end_of_the_text()
    {
        await Verify.AnalyzerAsync<IndicatorValueAnalyzer>(
            InMain("var ok = IndicatorValue.TryParse(\"≥{|#0:|}\", out var v);"),
            Verify.Diagnostic("PR0001").WithLocation(0).WithArguments("≥", "the cell ends after a comparison operator", Expected));
    }

    [Fact]
    public async Task Span_maps_through_unicode_escapes()
    {
        await Verify.AnalyzerAsync<IndicatorValueAnalyzer>(
            InMain("var v = IndicatorValue.Parse(\"\\u2265{|#0:\\u2265|}5家\");"),
            Verify.Diagnostic("PR0001").WithLocation(0).WithArguments("≥≥5家", "a comparison operator must be followed by a number", Expected));
    }

    [Fact]
    public async Task Span_maps_through_a_verbatim_string()
    {
        await Verify.AnalyzerAsync<IndicatorValueAnalyzer>(
            InMain("var v = IndicatorValue.Parse(@\"≥ {|#0:x\"\"y|}\");"),
            Verify.Diagnostic("PR0001").WithLocation(0).WithArguments("≥ x\"y", "a comparison operator must be followed by a number", Expected));
    }

    [Fact]
    public async Task Span_maps_into_a_raw_string()
    {
        await Verify.AnalyzerAsync<IndicatorValueAnalyzer>(
            InMain("var v = IndicatorValue.Parse(\"\"\"≥{|#0:≥|}5家\"\"\");"),
            Verify.Diagnostic("PR0001").WithLocation(0).WithArguments("≥≥5家", "a comparison operator must be followed by a number", Expected));
    }

    [Fact]
    public async Task Span_maps_into_a_multi_line_raw_string()
    {
        var source = Verify.Usings + "class C\n{\n    void M()\n    {\n        var v = IndicatorValue.Parse(\"\"\"\n            ≥{|#0:≥|}5家\n            \"\"\");\n    }\n}\n";
        await Verify.AnalyzerAsync<IndicatorValueAnalyzer>(
            source,
            Verify.Diagnostic("PR0001").WithLocation(0).WithArguments("≥≥5家", "a comparison operator must be followed by a number", Expected));
    }

    [Fact]
    public async Task Constant_that_is_not_a_literal_is_PR0001_on_the_whole_argument()
    {
        var source = Verify.Usings + "class C\n{\n    const string Target = \"≥≥5家\";\n    void M()\n    {\n        var v = IndicatorValue.Parse({|#0:Target + \"\"|});\n    }\n}\n";
        await Verify.AnalyzerAsync<IndicatorValueAnalyzer>(
            source,
            Verify.Diagnostic("PR0001").WithLocation(0).WithArguments("≥≥5家", "a comparison operator must be followed by a number", Expected));
    }

    [Fact]
    public async Task Parameter_marked_IndicatorValueSyntax_is_checked()
    {
        var source = Verify.Usings + """
            class Targets
            {
                public static void Set(string name, [IndicatorValueSyntax] string target) { }
                void M() => Set("≥≥5家", target: "=={|#0:台|}");
            }
            """;
        await Verify.AnalyzerAsync<IndicatorValueAnalyzer>(
            source,
            Verify.Diagnostic("PR0001").WithLocation(0).WithArguments("==台", "a comparison operator must be followed by a number", Expected));
    }

    [Fact]
    public async Task TableBuilder_half_and_full_are_checked()
    {
        await Verify.AnalyzerAsync<IndicatorValueAnalyzer>(
            InMain("TableBuilder.Create(\"台式机\").Indicator(\"产出\", \"数量指标\", \"设备购置数量（台）\", half: \"=={|#0:|}\", full: \"1{|#1:,23|}台\");"),
            Verify.Diagnostic("PR0001").WithLocation(0).WithArguments("==", "the cell ends after a comparison operator", Expected),
            Verify.Diagnostic("PR0001").WithLocation(1).WithArguments("1,23台", "a thousands separator must be followed by exactly three digits", "three digits after the thousands separator (8,827,620.53)"));
    }

    [Theory]
    [InlineData("≥5家")]
    [InlineData("=10台")]
    [InlineData("100%")]
    [InlineData("充分")]
    [InlineData("序时进度")]
    [InlineData("2026年12月底前")]
    [InlineData("完成数据采集场搭建，完成100万条数据采集")]
    [InlineData("")]
    public async Task Valid_canonical_text_has_no_diagnostic(string text)
    {
        await Verify.AnalyzerAsync<IndicatorValueAnalyzer>(InMain("var v = IndicatorValue.Parse(\"" + text + "\");"));
    }

    [Fact]
    public async Task Non_constant_and_unrelated_arguments_are_not_analysed()
    {
        var source = Verify.Usings + """
            class C
            {
                static void Other(string text) { }
                void M(string input)
                {
                    var a = IndicatorValue.Parse(input);
                    var b = IndicatorValue.Parse(input + "≥≥");
                    Other("≥≥5家");
                    var c = string.Concat("≥≥5家", ">=5");
                    var d = IndicatorValue.Parse("≥5家", indicatorName: "≥≥");
                }
            }
            """;
        await Verify.AnalyzerAsync<IndicatorValueAnalyzer>(source);
    }

    [Theory]
    [InlineData(">=", "5家", "≥")]
    [InlineData("＞＝", "5家", "≥")]
    [InlineData("不少于", "30家", "≥")]
    [InlineData("<=", "3天", "≤")]
    [InlineData("不超过", "20万元", "≤")]
    [InlineData("＝", "10台", "=")]
    [InlineData("＞", "0", ">")]
    public async Task Non_canonical_prefix_operator_is_PR0002_on_the_operator(string written, string rest, string canonical)
    {
        await Verify.AnalyzerAsync<IndicatorValueAnalyzer>(
            InMain("var v = IndicatorValue.Parse(\"{|#0:" + written + "|}" + rest + "\");"),
            Verify.Diagnostic("PR0002").WithLocation(0).WithArguments(written + rest, written, canonical, canonical + rest));
    }

    [Fact]
    public async Task Postfix_operator_is_PR0002_on_the_postfix()
    {
        await Verify.AnalyzerAsync<IndicatorValueAnalyzer>(
            InMain("var v = IndicatorValue.Parse(\"50家{|#0:以上|}\");"),
            Verify.Diagnostic("PR0002").WithLocation(0).WithMessage("'50家以上' spells the comparison as '以上'; write '≥' ('≥50家')"));
    }

    [Fact]
    public async Task PR0002_applies_to_IndicatorValueSyntax_parameters()
    {
        await Verify.AnalyzerAsync<IndicatorValueAnalyzer>(
            InMain("TableBuilder.Create(\"t\").Indicator(\"产出\", \"数量指标\", \"培训人次\", half: \"{|#0:>=|}100人次\", full: \"≥200人次\");"),
            Verify.Diagnostic("PR0002").WithLocation(0).WithArguments(">=100人次", ">=", "≥", "≥100人次"));
    }
}

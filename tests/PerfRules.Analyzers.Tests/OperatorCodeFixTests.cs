using System.Threading.Tasks;
using PerfRules.Analyzers.CodeFixes;

namespace PerfRules.Analyzers.Tests;

public class OperatorCodeFixTests
{
    private static string InMain(string body) => Verify.Usings + "class C\n{\n    void M()\n    {\n        " + body + "\n    }\n}\n";

    [Theory]
    [InlineData("\"{|PR0002:>=|}5家\"", "\"≥5家\"")]
    [InlineData("\"{|PR0002:＞＝|}5家\"", "\"≥5家\"")]
    [InlineData("\"{|PR0002:不少于|}30家\"", "\"≥30家\"")]
    [InlineData("\"50家{|PR0002:以上|}\"", "\"≥50家\"")]
    [InlineData("\"{|PR0002:不超过|} 20万元\"", "\"≤20万元\"")]
    [InlineData("@\"{|PR0002:<=|}3天\"", "@\"≤3天\"")]
    [InlineData("\"\"\"{|PR0002:＝|}10台\"\"\"", "\"\"\"=10台\"\"\"")]
    [InlineData("\"\\u003e=5家\"", "\"≥5家\"")]
    public async Task Fix_rewrites_the_comparison_to_its_canonical_symbol(string literal, string fixedLiteral)
    {
        // the escaped form reports on the whole escape sequence, so its markup goes on the expected side
        if (literal.StartsWith("\"\\u", System.StringComparison.Ordinal)) literal = "\"{|PR0002:\\u003e=|}5家\"";
        await Verify.CodeFixAsync<IndicatorValueAnalyzer, ReplaceLiteralCodeFix>(
            InMain("var v = IndicatorValue.Parse(" + literal + ");"),
            InMain("var v = IndicatorValue.Parse(" + fixedLiteral + ");"));
    }

    [Fact]
    public async Task Fix_keeps_the_rest_of_the_call_and_its_trivia()
    {
        await Verify.CodeFixAsync<IndicatorValueAnalyzer, ReplaceLiteralCodeFix>(
            InMain("var t = TableBuilder.Create(\"t\").Indicator(\"产出\", \"数量指标\", \"培训人次\", half: /* h */ \"{|PR0002:>=|}100人次\" /* end */, full: \"{|PR0002:>=|}200人次\");"),
            InMain("var t = TableBuilder.Create(\"t\").Indicator(\"产出\", \"数量指标\", \"培训人次\", half: /* h */ \"≥100人次\" /* end */, full: \"≥200人次\");"));
    }

    [Fact]
    public async Task No_fix_is_offered_for_a_constant_that_is_not_a_literal()
    {
        var source = Verify.Usings + "class C\n{\n    const string T = \">=5家\";\n    void M() { var v = IndicatorValue.Parse({|PR0002:T|}); }\n}\n";
        await Verify.CodeFixAsync<IndicatorValueAnalyzer, ReplaceLiteralCodeFix>(source, source);
    }
}

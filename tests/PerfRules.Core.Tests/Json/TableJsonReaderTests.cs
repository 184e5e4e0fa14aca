using System;
using System.Linq;
using PerfRules.Core.Tests.Import;
using PerfRules.Findings;
using PerfRules.Import;
using PerfRules.Json;

namespace PerfRules.Core.Tests.Json;

/// <summary>
/// Table JSON is read strictly: what the library writes reads back without a finding; an unknown member or a
/// repeated key is an I06 warning naming its JSON path, on the table it lies in; a document that is not a table is I10
/// with the reason — never a nameless table full of false errors.
/// </summary>
public class TableJsonReaderTests
{
    [Fact]
    public void Everything_the_library_writes_reads_back_without_a_finding()
    {
        var document = PerfRulesJson.SerializeDocument(Seeds.All, indented: true);

        var result = TableJsonReader.Read(document, "seeds.json");

        Assert.Empty(result.Findings);
        Assert.Equal(Seeds.All.Select(t => t with { Source = t.Source ?? "seeds.json" }), result.Tables);
        foreach (var table in Seeds.All)
        {
            var single = TableJsonReader.Read(PerfRulesJson.Serialize(table), null);
            Assert.Equal(table, Assert.Single(single.Tables));
        }
    }

    [Fact]
    public void An_object_that_is_no_table_is_I10_with_the_reason()
    {
        var result = TableJsonReader.Read("""{"hello":"world"}""", "hello.json");

        Assert.Empty(result.Tables);
        var f = Assert.Single(result.Findings);
        Assert.Equal((ImportRuleIds.UnreadableInput, Severity.Error), (f.RuleId, f.Severity));
        Assert.Contains("既没有 name 也没有 indicators", f.Message, StringComparison.Ordinal);
        Assert.Contains("hello", f.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("42", "数字")]
    [InlineData("\"表\"", "字符串")]
    [InlineData("[1]", "数组第 1 项不是对象")]
    [InlineData("{\"tables\":{}}", "“tables”不是数组")]
    [InlineData("{\"name\":", "不是合法的 JSON")]
    public void Other_documents_that_are_no_table_are_I10(string json, string reason)
    {
        var result = TableJsonReader.Read(json, "x.json");

        Assert.Empty(result.Tables);
        Assert.Contains(reason, Assert.Single(result.Findings, f => f.RuleId == ImportRuleIds.UnreadableInput).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_member_is_a_warning_with_its_path_not_a_silent_loss()
    {
        var table = Seeds.Table("委托服务费");
        var json = PerfRulesJson.Serialize(table).Replace("\"indicators\":", "\"indicatorz\":", StringComparison.Ordinal);

        var result = TableJsonReader.Read(json, "t.json");

        var read = Assert.Single(result.Tables);
        var f = Assert.Single(read.ImportFindings, f => f.Location.Field == "$.indicatorz");
        Assert.Equal((ImportRuleIds.LineUnplaced, Severity.Warning), (f.RuleId, f.Severity));
        Assert.Contains("indicatorz", f.Message, StringComparison.Ordinal);
        Assert.Contains("未读取", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_key_and_a_nested_unknown_member_are_found_on_the_table_they_lie_in()
    {
        var first = PerfRulesJson.Serialize(Seeds.All[0]);
        var second = PerfRulesJson.Serialize(Seeds.All[1]);
        var nested = second.Replace("\"level1\":", "\"levle1\":\"x\",\"level1\":", StringComparison.Ordinal);
        var repeated = first.Replace("{\"name\":", "{\"name\":\"旧名\",\"name\":", StringComparison.Ordinal);
        var json = "{\"schemaVersion\":1,\"tables\":[" + repeated + "," + nested + "],\"fileFindings\":[]}";

        var result = TableJsonReader.Read(json, "doc.json");

        Assert.Equal(2, result.Tables.Count);
        var duplicate = Assert.Single(result.Tables[0].ImportFindings, f => f.Location.Field == "$.tables[0].name");
        Assert.Contains("重复", duplicate.Message, StringComparison.Ordinal);
        Assert.Contains(result.Tables[1].ImportFindings, f => f.Location.Field == "$.tables[1].indicators[0].levle1");
        Assert.DoesNotContain(result.Tables[0].ImportFindings, f => f.Location.Field?.StartsWith("$.tables[1]", StringComparison.Ordinal) == true);
    }
}

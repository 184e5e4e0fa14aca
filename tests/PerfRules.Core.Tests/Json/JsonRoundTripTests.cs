using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfRules.Core.Tests.Import;
using PerfRules.Findings;
using PerfRules.Json;
using PerfRules.Tables;
using PerfRules.Testing;
using PerfRules.Values;

namespace PerfRules.Core.Tests.Json;

public class JsonRoundTripTests
{
    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public void Any_table_round_trips_through_json_exactly(PerformanceTable table) =>
        Assert.Equal(table, PerfRulesJson.DeserializeTable(PerfRulesJson.Serialize(table)));

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 100)]
    public void Indented_json_reads_back_the_same(PerformanceTable table) =>
        Assert.Equal(table, PerfRulesJson.DeserializeTable(PerfRulesJson.Serialize(table, indented: true)));

    [Fact]
    public void Every_seed_table_round_trips()
    {
        Assert.All(Seeds.All, t => Assert.Equal(t, PerfRulesJson.DeserializeTable(PerfRulesJson.Serialize(t))));
    }

    [Fact]
    public void Table_json_has_the_contract_shape()
    {
        var table = Seeds.Table("南京市工业和信息化发展专项资金");
        using var doc = JsonDocument.Parse(PerfRulesJson.Serialize(table));
        var root = doc.RootElement;
        Assert.Equal(new[] { "name", "year", "source", "layout", "profile" }, root.EnumerateObject().Take(5).Select(p => p.Name));
        Assert.Equal("nanjing-2026", root.GetProperty("profile").GetString());
        Assert.Equal(25227m, root.GetProperty("fundingTotal").GetDecimal());
        var e = root.GetProperty("expenditures")[0];
        Assert.Equal(25227m, e.GetProperty("halfYear").GetDecimal());
        Assert.True(e.GetProperty("halfYearOnSchedule").GetBoolean());
        Assert.Equal(25227m, e.GetProperty("fullYear").GetDecimal());
        var i = root.GetProperty("indicators")[16];
        Assert.Equal("产出指标", i.GetProperty("level1").GetString());
        Assert.Equal("数量指标", i.GetProperty("level2").GetString());
        Assert.Equal("全市智算规模（P）", i.GetProperty("name").GetString());
        Assert.Equal("P", i.GetProperty("unit").GetString());
        var kind = table.Indicators[16].HalfYear.Kind.ToString();
        Assert.Equal(char.ToLowerInvariant(kind[0]) + kind[1..], i.GetProperty("halfYear").GetProperty("kind").GetString());
        Assert.Equal("序时进度", i.GetProperty("halfYear").GetProperty("text").GetString());
        Assert.Equal(37, i.GetProperty("line").GetInt32());
        var f = root.GetProperty("importFindings").EnumerateArray().First(x => x.GetProperty("ruleId").GetString() == "I02");
        Assert.Equal("info", f.GetProperty("severity").GetString());
        var location = f.GetProperty("location");
        Assert.Equal(new[] { "indicator", "row", "level1", "level2", "field", "line" }, location.EnumerateObject().Select(p => p.Name));
        Assert.Equal(43, location.GetProperty("line").GetInt32());
        Assert.Equal(JsonValueKind.Null, location.GetProperty("field").ValueKind);
    }

    [Fact]
    public void Missing_total_is_null_and_chinese_is_not_escaped()
    {
        var json = PerfRulesJson.Serialize(Seeds.Table("委托服务费"));
        Assert.Contains("\"fundingTotal\":null", json, System.StringComparison.Ordinal);
        Assert.Contains("\"name\":\"委托服务费\"", json, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Free_text_that_looks_like_a_number_stays_free_text()
    {
        var value = new FreeTextValue("100%");
        var json = PerfRulesJson.Serialize(value);
        Assert.Equal("{\"kind\":\"freeText\",\"text\":\"100%\"}", json);
        var back = PerfRulesJson.DeserializeValue(json);
        Assert.IsType<FreeTextValue>(back);
        Assert.Equal(value, back);
    }

    [Fact]
    public void Every_value_case_is_written_with_kind_text_and_structured_fields()
    {
        Assert.Equal(
            "{\"kind\":\"numeric\",\"text\":\"≥200家\",\"comparison\":\"atLeast\",\"number\":200,\"unit\":\"家\",\"unitSource\":\"cell\",\"magnitude\":\"none\"}",
            PerfRulesJson.Serialize(new NumericValue(Comparison.AtLeast, 200m, "家")));
        Assert.Equal("{\"kind\":\"range\",\"text\":\"3~5场\",\"low\":3,\"high\":5,\"unit\":\"场\"}", PerfRulesJson.Serialize(new RangeValue(3m, 5m, "场")));
        Assert.Equal("{\"kind\":\"qualitative\",\"text\":\"充分\",\"word\":\"充分\",\"qualitativeKind\":\"criterion\",\"rank\":0}", PerfRulesJson.Serialize(new QualitativeValue("充分", QualitativeKind.Criterion, 0)));
        Assert.Equal("{\"kind\":\"onSchedule\",\"text\":\"序时进度 25227\",\"amount\":25227}", PerfRulesJson.Serialize(new OnScheduleValue(25227m)));
        Assert.Equal(
            "{\"kind\":\"date\",\"text\":\"2026年12月底前\",\"dateKind\":\"deadline\",\"start\":{\"year\":2026,\"month\":12,\"day\":null,\"endOfMonth\":true},\"end\":null}",
            PerfRulesJson.Serialize(new DateValue(DateValueKind.Deadline, new PartialDate(2026, 12, null, endOfMonth: true))));
        Assert.Equal("{\"kind\":\"empty\",\"text\":\"/\",\"reason\":\"/\"}", PerfRulesJson.Serialize(new EmptyValue("/")));
    }

    [Theory]
    [InlineData("{\"kind\":\"numeric\",\"text\":\"≥200家\",\"comparison\":\"atLeast\",\"number\":200,\"unit\":\"家\",\"unitSource\":\"nameBracket\",\"magnitude\":\"tenThousand\"}")]
    [InlineData("{\"kind\":\"date\",\"text\":\"x\",\"dateKind\":\"period\",\"start\":{\"year\":2023,\"month\":7,\"day\":null,\"endOfMonth\":false},\"end\":{\"year\":2024,\"month\":1,\"day\":null,\"endOfMonth\":false}}")]
    [InlineData("{\"kind\":\"onSchedule\",\"text\":\"序时进度\",\"amount\":null}")]
    [InlineData("{\"kind\":\"empty\",\"text\":\"\",\"reason\":null}")]
    public void Structured_values_read_back_to_the_same_json(string json) =>
        Assert.Equal(PerfRulesJson.Serialize(PerfRulesJson.DeserializeValue(json)), PerfRulesJson.Serialize(PerfRulesJson.DeserializeValue(PerfRulesJson.Serialize(PerfRulesJson.DeserializeValue(json)))));

    [Theory]
    [InlineData("{\"text\":\"x\"}", "kind")]
    [InlineData("{\"kind\":\"banana\",\"text\":\"x\"}", "banana")]
    [InlineData("{\"kind\":\"numeric\",\"text\":\"完全不是数字\"}", "完全不是数字")]
    [InlineData("{\"kind\":1,\"text\":\"x\"}", "字符串")]
    [InlineData("[1]", "对象")]
    public void Malformed_values_are_rejected_with_a_reason(string json, string fragment)
    {
        var e = Assert.ThrowsAny<JsonException>(() => PerfRulesJson.DeserializeValue(json));
        Assert.Contains(fragment, e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Severity_and_enums_are_camel_case_strings()
    {
        var json = PerfRulesJson.Serialize(new Finding("I06", Severity.Warning, "m", new FindingLocation { Line = 3 }));
        Assert.Equal("{\"ruleId\":\"I06\",\"severity\":\"warning\",\"message\":\"m\",\"location\":{\"indicator\":null,\"row\":null,\"level1\":null,\"level2\":null,\"field\":null,\"line\":3},\"arguments\":{}}", json);
    }

    [Fact]
    public void Finding_arguments_are_one_object_and_read_back_in_order()
    {
        var finding = new Finding("V04", Severity.Error, "m", FindingLocation.Table)
        {
            Arguments = new ValueList<FindingArgument>(new[] { new FindingArgument("indicator", "合格率"), new FindingArgument("value", "完成") }),
        };

        var json = PerfRulesJson.Serialize(finding);

        Assert.EndsWith(",\"arguments\":{\"indicator\":\"合格率\",\"value\":\"完成\"}}", json, System.StringComparison.Ordinal);
        Assert.Equal(finding.Arguments, JsonSerializer.Deserialize<Finding>(json, PerfRulesJson.Options)!.Arguments);
        var duplicate = json.Replace("\"value\":", "\"indicator\":", System.StringComparison.Ordinal);
        Assert.Contains("indicator", Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Finding>(duplicate, PerfRulesJson.Options)).Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_without_required_name_is_rejected_on_read()
    {
        var e = Assert.ThrowsAny<JsonException>(() => PerfRulesJson.DeserializeTable("{\"indicators\":[{\"row\":1}]}"));
        Assert.False(string.IsNullOrEmpty(e.Message));
    }

    [Fact]
    public void Document_has_schema_version_tables_and_file_findings()
    {
        var json = PerfRulesJson.SerializeDocument(Seeds.All, indented: false);
        Assert.StartsWith("{\"schemaVersion\":1,\"tables\":[{\"name\":\"南京市工业和信息化发展专项资金\"", json, System.StringComparison.Ordinal);
        Assert.EndsWith("\"fileFindings\":[]}", json, System.StringComparison.Ordinal);
        Assert.Equal(Seeds.All, PerfRulesJson.DeserializeDocument(json));
    }

    [Fact]
    public void Document_with_another_schema_version_is_rejected()
    {
        var e = Assert.Throws<JsonException>(() => PerfRulesJson.DeserializeDocument("{\"schemaVersion\":2,\"tables\":[]}"));
        Assert.Contains("schemaVersion 2", e.Message, System.StringComparison.Ordinal);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 60)]
    public void Json_lines_round_trip_a_batch_in_order(PerformanceTable[] batch)
    {
        // A handful of tables per batch is enough to exercise line separation and order.
        var tables = batch.Take(6).ToArray();
        using var stream = new MemoryStream();
        PerfRulesJson.WriteLines(stream, tables);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Equal(tables.Length, text.Count(c => c == '\n'));
        stream.Position = 0;
        Assert.Equal(tables, PerfRulesJson.ReadLines(stream).ToArray());
    }

    [Fact]
    public async System.Threading.Tasks.Task Json_lines_async_round_trip_streams_the_seeds()
    {
        using var stream = new MemoryStream();
        await PerfRulesJson.WriteLinesAsync(stream, Seeds.All.ToAsyncEnumerable(), default);
        stream.Position = 0;
        var back = new System.Collections.Generic.List<PerformanceTable>();
        await foreach (var t in PerfRulesJson.ReadLinesAsync(stream, default)) back.Add(t);
        Assert.Equal(Seeds.All, back);
    }

    [Fact]
    public void A_bad_json_line_names_its_line_number_after_the_good_ones()
    {
        var good = PerfRulesJson.Serialize(Seeds.Table("台式机"));
        using var reader = new StringReader(good + "\n\n{\"name\": oops}\n");
        using var e = reader;
        var read = new System.Collections.Generic.List<PerformanceTable>();
        var ex = Assert.ThrowsAny<JsonException>(() =>
        {
            foreach (var t in PerfRulesJson.ReadLines(e)) read.Add(t);
        });
        Assert.Single(read);
        Assert.StartsWith("JSON Lines 第 3 行：JSON 格式错误（第 1 行", ex.Message, System.StringComparison.Ordinal);
    }
}

using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck.Xunit;
using PerfRules.Json;
using PerfRules.Tables;
using PerfRules.Testing;

namespace PerfRules.Core.Tests.Json;

/// <summary>
/// The direct JSON Lines reader must read exactly what the source-generated serializer reads: the same table for
/// everything the library writes, and for anything else either the same table or a decline that leaves the decision
/// (and the error) to the serializer.
/// </summary>
public class TableJsonDirectReaderTests
{
    private static readonly string[] Replacements = { "null", "0", "1.5", "\"x\"", "true", "[]", "{}", "-1", "1e3", "\"project\"" };

    [Fact]
    public void Table_members_are_the_serializers_in_declaration_order()
    {
        var names = PerfRulesJsonContext.Default.TableJson.Properties.Select(p => p.Name);
        Assert.Equal(names, Enum.GetNames<TableMember>().Select(Camel));
    }

    [Fact]
    public void Indicator_members_are_the_serializers()
    {
        var names = PerfRulesJsonContext.Default.Indicator.Properties.Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(names, Enum.GetNames<IndicatorMember>().Select(Camel).Order(StringComparer.Ordinal));
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
    public void Every_table_the_library_writes_is_read_directly_and_equal(PerformanceTable table)
    {
        foreach (var indented in new[] { false, true })
        {
            var bytes = Encoding.UTF8.GetBytes(PerfRulesJson.Serialize(table, indented));
            Assert.True(TableJsonDirectReader.TryRead(bytes, out var direct), "the direct reader declined the library's own JSON");
            Assert.Equal(table, direct);
        }
    }

    [Fact]
    public void Every_seed_table_is_read_directly()
    {
        Assert.All(Import.Seeds.All, t =>
        {
            Assert.True(TableJsonDirectReader.TryRead(Encoding.UTF8.GetBytes(PerfRulesJson.Serialize(t)), out var direct));
            Assert.Equal(t, direct);
        });
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 400)]
    public void A_damaged_line_reads_as_the_serializer_reads_it(PerformanceTable table, int seed)
    {
        var json = Damage(PerfRulesJson.Serialize(table), new Random(seed));
        var bytes = Encoding.UTF8.GetBytes(json);
        Assert.Equal(Outcome(() => Serializer(bytes)), Outcome(() => PerfRulesJson.DeserializeTable(bytes)));
    }

    [Theory]
    [InlineData("{\"name\":\"a\",\"name\":\"b\"}")]
    [InlineData("{\"\\u006eame\":\"a\"}")]
    [InlineData("{\"name\":\"a\",\"kind\":\"Project\"}")]
    [InlineData("{\"name\":\"a\",\"indicatorz\":[]}")]
    [InlineData("{\"name\":null}")]
    [InlineData("{\"name\":\"a\",\"indicators\":[{\"row\":1,\"level1\":\"\",\"level2\":\"\",\"name\":\"x\",\"halfYear\":{\"kind\":\"empty\",\"text\":\"\"}}]}")]
    [InlineData("{\"name\":\"a\"} x")]
    [InlineData("{\"name\":\"a\",\"year\":2026.5}")]
    [InlineData("null")]
    public void Unusual_input_is_left_to_the_serializer(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        Assert.False(TableJsonDirectReader.TryRead(bytes, out _));
        Assert.Equal(Outcome(() => Serializer(bytes)), Outcome(() => PerfRulesJson.DeserializeTable(bytes)));
    }

    private static PerformanceTable Serializer(byte[] bytes) =>
        JsonSerializer.Deserialize(bytes, PerfRulesJsonContext.Default.TableJson)?.ToModel() ?? throw new JsonException("应为一张表（JSON 对象），实际为 null。");

    private static string Outcome(Func<PerformanceTable> read)
    {
        try
        {
            return "table " + PerfRulesJson.Serialize(read());
        }
        catch (Exception e)
        {
            return e.GetType().Name + ": " + e.Message;
        }
    }

    /// <summary>One damage to a table's JSON: a member removed, retyped, added, doubled or escaped, or the text cut.</summary>
    private static string Damage(string json, Random random)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var target = Target(root, random);
        var names = target.Select(p => p.Key).ToArray();
        var name = names.Length == 0 ? "name" : names[random.Next(names.Length)];
        switch (random.Next(7))
        {
            case 0: target.Remove(name); break;
            case 1: target[name] = JsonNode.Parse(Replacements[random.Next(Replacements.Length)]); break;
            case 2: target["extra" + random.Next(3)] = 1; break;
            case 3: return json.Insert(1, "\"" + name + "\":" + Replacements[random.Next(Replacements.Length)] + ",");
            case 4: return ReplaceFirst(json, "\"" + name + "\":", "\"\\u00" + ((int)name[0]).ToString("x2", System.Globalization.CultureInfo.InvariantCulture) + name[1..] + "\":");
            case 5: return json[..random.Next(json.Length)];
            default: return ReplaceFirst(json, "\"kind\":\"", "\"kind\":\"" + (random.Next(2) == 0 ? "X" : string.Empty));
        }

        return root.ToJsonString();
    }

    private static JsonObject Target(JsonObject root, Random random)
    {
        if (random.Next(2) == 0 || root["indicators"] is not JsonArray { Count: > 0 } rows) return root;
        var row = rows[random.Next(rows.Count)]!.AsObject();
        return random.Next(3) == 0 && row["fullYear"] is JsonObject value ? value : row;
    }

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var i = text.IndexOf(old, StringComparison.Ordinal);
        return i < 0 ? text : text[..i] + replacement + text[(i + old.Length)..];
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}

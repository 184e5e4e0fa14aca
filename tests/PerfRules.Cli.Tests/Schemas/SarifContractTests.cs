using System;
using System.IO;
using System.Linq;
using System.Text.Json;

namespace PerfRules.Cli.Tests.Schemas;

/// <summary>
/// <c>check --format sarif</c> against the official SARIF 2.1.0 schema (vendored under Sarif/, formats asserted):
/// artifact URIs percent-encoded (absolute <c>file:</c> or relative to <c>SRCROOT</c>), <c>helpUri</c> and
/// <c>informationUri</c> only absolute (under <c>--docs-url</c>), each rule's help from its docs/rules page.
/// </summary>
public class SarifContractTests
{
    [Fact]
    public void The_sarif_of_every_sample_validates_against_the_official_schema()
    {
        var (exit, sarif, error) = CliRunner.Run("check", CliRunner.Samples, "--format", "sarif", "--min-severity", "info");

        Assert.True(exit == 1, error);
        JsonSchemas.AssertValid(JsonSchemas.Sarif, sarif, "SARIF of samples/");
        using var doc = JsonDocument.Parse(sarif);
        var run = doc.RootElement.GetProperty("runs")[0];
        Assert.True(run.GetProperty("results").GetArrayLength() > 300);
        var uris = run.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!).Distinct().ToList();
        Assert.All(uris, u => Assert.True(u.All(c => c is > ' ' and < (char)127) && u.StartsWith("file:///", StringComparison.Ordinal), u));
        Assert.Contains(uris, u => u.EndsWith("/real/01-qingshen-fagai-gongzixing-zp2023.txt", StringComparison.Ordinal));
        Assert.All(uris, u => Assert.True(Uri.TryCreate(u, UriKind.Absolute, out var parsed) && File.Exists(parsed.LocalPath), u));
    }

    [Fact]
    public void Chinese_file_names_are_percent_encoded_as_utf8()
    {
        var folder = CliRunner.TempFolder();
        try
        {
            var file = Path.Combine(folder, "南京 目标表.txt");
            File.Copy(Path.Combine(CliRunner.Samples, "001_31cd2f4c762929cd.txt"), file);

            var (_, sarif, _) = CliRunner.Run("check", file, "--format", "sarif");

            JsonSchemas.AssertValid(JsonSchemas.Sarif, sarif, "SARIF of a Chinese file name");
            using var doc = JsonDocument.Parse(sarif);
            var uri = doc.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;
            Assert.EndsWith("/%E5%8D%97%E4%BA%AC%20%E7%9B%AE%E6%A0%87%E8%A1%A8.txt", uri, StringComparison.Ordinal);
            Assert.Equal(file, new Uri(uri).LocalPath);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_relative_input_is_relative_to_SRCROOT_the_working_directory()
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(CliRunner.Samples, "001_31cd2f4c762929cd.txt"));

        var (_, sarif, _) = CliRunner.Run("check", relative, "--format", "sarif");

        JsonSchemas.AssertValid(JsonSchemas.Sarif, sarif, "SARIF of a relative input");
        using var doc = JsonDocument.Parse(sarif);
        var run = doc.RootElement.GetProperty("runs")[0];
        var artifact = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation");
        Assert.Equal("SRCROOT", artifact.GetProperty("uriBaseId").GetString());
        var root = new Uri(run.GetProperty("originalUriBaseIds").GetProperty("SRCROOT").GetProperty("uri").GetString()!);
        Assert.EndsWith("/", root.AbsoluteUri, StringComparison.Ordinal);
        Assert.True(File.Exists(new Uri(root, artifact.GetProperty("uri").GetString()).LocalPath));
    }

    [Fact]
    public void Help_comes_from_the_rule_page_and_links_only_under_an_absolute_docs_url()
    {
        var seed = Path.Combine(CliRunner.Samples, "001_31cd2f4c762929cd.txt");

        using var plain = JsonDocument.Parse(CliRunner.Run("check", seed, "--format", "sarif").Out);
        var driver = plain.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.False(driver.TryGetProperty("informationUri", out _));
        var v04 = driver.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "V04");
        Assert.False(v04.TryGetProperty("helpUri", out _));
        Assert.StartsWith("# V04 — 比率类指标的指标值不是百分比", v04.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        var text = v04.GetProperty("help").GetProperty("text").GetString()!;
        Assert.Contains("应为百分比或序时进度", text, StringComparison.Ordinal);
        Assert.DoesNotContain("|", text, StringComparison.Ordinal);

        var (exit, linked, _) = CliRunner.Run("check", seed, "--format", "sarif", "--docs-url", "https://example.org/perfrules");
        Assert.Equal(1, exit);
        JsonSchemas.AssertValid(JsonSchemas.Sarif, linked, "SARIF with --docs-url");
        using var doc = JsonDocument.Parse(linked);
        driver = doc.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.Equal("https://example.org/perfrules/README.md", driver.GetProperty("informationUri").GetString());
        Assert.Equal("https://example.org/perfrules/docs/rules/V04.md", driver.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "V04").GetProperty("helpUri").GetString());
    }

    [Fact]
    public void A_relative_docs_url_is_a_usage_error()
    {
        var (exit, output, error) = CliRunner.Run("check", Path.Combine(CliRunner.Samples, "001_31cd2f4c762929cd.txt"), "--format", "sarif", "--docs-url", "docs/");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--docs-url", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_help_uri_fails_the_official_schema()
    {
        var (_, sarif, _) = CliRunner.Run("check", Path.Combine(CliRunner.Samples, "001_31cd2f4c762929cd.txt"), "--format", "sarif", "--docs-url", "https://example.org/");
        var broken = sarif.Replace("\"https://example.org/docs/rules/V04.md\"", "\"docs/rules/V04.md\"", StringComparison.Ordinal);

        Assert.NotEqual(sarif, broken);
        Assert.Contains(JsonSchemas.Errors(JsonSchemas.Sarif, broken), e => e.Contains("/helpUri", StringComparison.Ordinal));
    }
}

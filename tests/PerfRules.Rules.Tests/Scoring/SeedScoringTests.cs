using System;
using System.IO;
using System.Linq;
using PerfRules.Actuals;
using PerfRules.Import;
using PerfRules.Rules.Scoring;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Tests.Scoring;

/// <summary>Scoring through the reader and the value parser: seed 001 and the shipped sample actuals.</summary>
public class SeedScoringTests
{
    private static readonly string Samples = Path.Combine(AppContext.BaseDirectory, "samples");

    private static PerformanceTable SeedTable(string name) =>
        TableTextReader.ReadFile(Path.Combine(Samples, "001_31cd2f4c762929cd.txt")).Tables.Single(t => t.Name == name);

    [Fact]
    public void Worked_example_through_the_reader_and_parsed_actual_texts()
    {
        var table = SeedTable("台式机");
        var actuals = new TableActuals("台式机")
        {
            Executed = 5.8m,
            Indicators = ValueList.Of(
                new IndicatorActual("设备购置数量", "9台") { Reason = "供货延迟" },
                new IndicatorActual("设备购置验收", "完成"),
                new IndicatorActual("按采购计划时间完成", "基本完成") { Reason = "供货延迟" },
                new IndicatorActual("保障各项业务工作正常开展", "完成")),
        };

        var card = Scorer.Score(table, actuals, new ScoringOptions { AsOf = new DateTime(2026, 12, 31) });

        Assert.Equal("10.74", ScoreText.Format(card.SectionOf(ScoringSection.ExecutionRate)!.Score));
        Assert.Equal("50.00", ScoreText.Format(card.SectionOf(ScoringSection.Output)!.Score));
        Assert.Equal("33.33", ScoreText.Format(card.SectionOf(ScoringSection.Effect)!.Score));
        Assert.Equal("94.07", ScoreText.Format(card.Total));
        Assert.Equal(Grade.Excellent, card.Grade);
        Assert.Equal(new NumericValue(Comparison.Unspecified, 9, "台"), card.Line("设备购置数量").Actual);
        Assert.Equal(6m, card.Execution.Budget);
        Assert.Equal(new[] { "E05" }, card.Findings.Select(f => f.RuleId));
    }

    [Fact]
    public void Sample_actuals_file_scores_every_seed_table_it_names()
    {
        var read = ActualsJson.ReadFile(Path.Combine(Samples, "actuals", "2026-seed-actuals.json"));
        Assert.True(read.IsSuccess, string.Join("; ", read.Errors));
        var document = read.Document!;
        Assert.Equal(new DateTime(2026, 12, 31), document.AsOf);

        var tables = new[] { "000_27d945da3f6b14f2.txt", "001_31cd2f4c762929cd.txt" }
            .SelectMany(f => TableTextReader.ReadFile(Path.Combine(Samples, f)).Tables).ToList();
        Assert.All(document.Tables, t => Assert.Contains(tables, table => table.Name == t.Name));

        var desktop = Scorer.Score(tables.Single(t => t.Name == "台式机"), document, ScoringOptions.Default);
        Assert.Equal("94.07", ScoreText.Format(desktop.Total));
        Assert.Equal(Grade.Excellent, desktop.Grade);
    }
}

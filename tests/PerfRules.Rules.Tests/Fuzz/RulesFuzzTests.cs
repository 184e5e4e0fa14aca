using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using PerfRules.Actuals;
using PerfRules.Import;
using PerfRules.Rules.Scoring;
using PerfRules.Tables;
using PerfRules.Testing;

namespace PerfRules.Rules.Tests.Fuzz;

/// <summary>
/// Fuzz-style properties of rule loading, the rule engine and scoring, at <see cref="FuzzSettings.Count"/> cases
/// each (<c>PERFRULES_FUZZ_COUNT</c>, default 10,000). Run alone with <c>dotnet test --filter Category=Fuzz</c>.
/// </summary>
[Trait("Category", "Fuzz")]
public class RulesFuzzTests
{
    private static readonly IReadOnlyList<string> UserCatalogue = JsonMutations.CatalogueAsUserFiles();

    private static readonly DateTime[] AsOfDates = { new(2026, 6, 30), new(2026, 12, 31), new(2026, 3, 1), new(2027, 2, 1) };

    [Fact]
    public void The_renamed_catalogue_loads_as_user_files()
    {
        var set = RuleSet.Load(new RuleOptions { IncludeBuiltInRules = false, RuleSources = UserCatalogue.Select((j, i) => RuleSource.FromJson(j, "user" + i + ".json")).ToArray() });
        Assert.Equal(RuleSet.Load().Rules.Count, set.Rules.Count);
    }

    [Fact]
    public void Loading_mutated_rule_files_throws_nothing_but_RuleLoadException()
    {
        var loaded = 0;
        FuzzSettings.Check(JsonMutations.Of(UserCatalogue, JsonMutations.FewRules).ToArbitrary(), mutated =>
        {
            try
            {
                var set = RuleSet.Load(new RuleOptions { IncludeBuiltInRules = false, RuleSources = new[] { RuleSource.FromJson(mutated.Json, "mutated.json") } });
                Assert.NotEmpty(set.Rules);
                loaded++;
            }
            catch (RuleLoadException e)
            {
                Assert.Equal("mutated.json", e.SourceName);
                Assert.False(string.IsNullOrWhiteSpace(e.Reason));
                Assert.StartsWith("mutated.json：", e.Message, StringComparison.Ordinal);
                PerfRules.Tests.UserMessageText.AssertClean(e.Message, mutated.ToString());
            }
        });

        // The mutations are not all fatal: some files still load, so the property is not only about rejection.
        Assert.InRange(loaded, 1, FuzzSettings.Count - 1);
    }

    [Fact]
    public void Rules_that_load_run_or_fail_with_RuleEvaluationException_only()
    {
        // Compiling a workflow costs ~100 times a load, so this property runs a tenth of the cases.
        var table = Tables.Compliant();
        FuzzSettings.Check(JsonMutations.Of(UserCatalogue, JsonMutations.FewRules).ToArbitrary(), mutated =>
        {
            RuleSet set;
            try
            {
                set = RuleSet.Load(new RuleOptions { IncludeBuiltInRules = false, RuleSources = new[] { RuleSource.FromJson(mutated.Json, "mutated.json") } });
            }
            catch (RuleLoadException)
            {
                return;
            }

            try
            {
                var findings = RuleEngine.Create(set).Check(table);
                Assert.All(findings, f => Assert.False(string.IsNullOrEmpty(f.Message)));
            }
            catch (RuleEvaluationException e)
            {
                Assert.False(string.IsNullOrWhiteSpace(e.Message));
                PerfRules.Tests.UserMessageText.AssertClean(e.Message, mutated.ToString());
            }
        }, FuzzSettings.Scaled(0.1));
    }

    [Fact]
    public void Parsing_mutated_profiles_throws_nothing_but_RuleLoadException_and_scoring_profiles_never_throw()
    {
        // Rule profiles and scoring profiles (scoring-*) are embedded as PerfRules.Rules.Profiles.*.
        var profiles = new[] { "PerfRules.Rules.Profiles.nanjing-2026.json", "PerfRules.Rules.Profiles.national.json", "PerfRules.Rules.Profiles.scoring-national-2020.json", "PerfRules.Rules.Profiles.scoring-variant-20-40-40.json" }
            .Select(EmbeddedResource)
            .Append("{\"name\":\"mine\",\"basedOn\":\"national\",\"rules\":{\"S05\":\"off\",\"V10\":{\"severity\":\"warning\"}},\"scoring\":{\"executionRate\":20,\"output\":40,\"effect\":40,\"satisfaction\":0}}")
            .ToArray();
        FuzzSettings.Check(JsonMutations.Of(profiles).ToArbitrary(), mutated =>
        {
            try
            {
                _ = RuleProfile.Parse(mutated.Json, "mutated-profile.json");
            }
            catch (RuleLoadException e)
            {
                Assert.Equal("mutated-profile.json", e.SourceName);
                Assert.StartsWith("mutated-profile.json：", e.Message, StringComparison.Ordinal);
                PerfRules.Tests.UserMessageText.AssertClean(e.Message, mutated.ToString());
            }

            var scoring = ScoringProfile.Read(mutated.Json, "mutated-profile.json");
            Assert.All(scoring.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e)));
        });
    }

    [Fact]
    public void Reading_mutated_actuals_files_never_throws()
    {
        var documents = Arbitraries.ActualsDocumentGen.Sample(20, 30).Select(ActualsJson.Write)
            .Append(System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "samples", "actuals", "2026-seed-actuals.json")))
            .ToArray();
        FuzzSettings.Check(JsonMutations.Of(documents).ToArbitrary(), mutated =>
        {
            var read = ActualsJson.Read(mutated.Json, "mutated-actuals.json");
            Assert.True(read.IsSuccess ? read.Document is not null : read.Errors.Count > 0);
        });
    }

    [Fact]
    public void Scoring_never_throws_and_stays_within_its_bounds() =>
        FuzzSettings.Check(Arbitraries.ScoringScenarios(), scenario =>
        {
            foreach (var asOf in AsOfDates)
            {
                AssertWithinBounds(Scorer.Score(scenario.Table, scenario.Actuals, new ScoringOptions { AsOf = asOf }));
            }
        });

    [Fact]
    public void Scoring_read_tables_against_random_actuals_never_throws() =>
        FuzzSettings.Check(
            (from text in Arbitraries.GarbledTableTextGen
             from document in Arbitraries.ActualsDocumentGen
             select (text, document)).ToArbitrary(),
            c =>
            {
                foreach (var table in TableTextReader.Read(c.text.Text, null).Tables)
                {
                    AssertWithinBounds(Scorer.Score(table, c.document, ScoringOptions.Default));
                    var actuals = c.document.Tables.Count > 0 ? c.document.Tables[0] with { Name = table.Name } : null;
                    AssertWithinBounds(Scorer.Score(table, actuals, new ScoringOptions { AsOf = c.document.AsOf }));
                }
            });

    [Fact]
    public void The_engine_never_throws_on_generated_tables_and_is_deterministic()
    {
        var engine = Tables.Engine;
        FuzzSettings.Check(Arbitraries.PerformanceTable(), table =>
        {
            var findings = engine.Check(table);
            Assert.Equal(findings, engine.Check(table));
            Assert.All(findings.Skip(table.ImportFindings.Count), f => Assert.False(string.IsNullOrWhiteSpace(f.Message)));
        }, FuzzSettings.Scaled(0.5));
    }

    [Fact]
    public void The_engine_never_throws_on_garbled_tables() =>
        FuzzSettings.Check(Arbitraries.GarbledTableText(), garbled =>
        {
            foreach (var table in TableTextReader.Read(garbled.Text, null).Tables) Assert.NotNull(Tables.Engine.Check(table));
        }, FuzzSettings.Scaled(0.5));

    private static void AssertWithinBounds(ScoreCard card)
    {
        const decimal tolerance = 0.000000000000000001m;
        Assert.All(card.Indicators, i =>
        {
            Assert.InRange(i.Weight, 0m, decimal.MaxValue);
            Assert.InRange(i.Score, 0m, i.Weight + tolerance);
            Assert.InRange(i.Attainment, 0m, 1m);
        });
        Assert.All(card.Sections, s => Assert.InRange(s.Score, 0m, s.Weight + tolerance));
        Assert.Equal(card.Sections.Sum(s => s.Score), card.Total);
        Assert.True(card.Total >= 0m);
        Assert.Equal(Grades.FromTotal(card.Total), card.Grade);
    }

    private static string EmbeddedResource(string name)
    {
        using var stream = typeof(RuleProfile).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException("Missing embedded resource " + name + ".");
        using var reader = new System.IO.StreamReader(stream);
        return reader.ReadToEnd();
    }
}

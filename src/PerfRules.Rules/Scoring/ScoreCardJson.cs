using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PerfRules.Actuals;
using PerfRules.Json;

namespace PerfRules.Rules.Scoring;

/// <summary>
/// Writes score cards as the CLI's JSON document (README.md "Self-evaluation scoring"): <c>{"schemaVersion":1,"tables":[…]}</c>, each
/// table with <c>name</c>, <c>year</c>, <c>source</c>, <c>layout</c>, <c>profile</c> (the scoring profile), <c>asOf</c>,
/// <c>point</c>, <c>expectedShare</c>, <c>total</c>, <c>grade</c> (优/良/中/差), <c>execution</c>,
/// <c>sections[{name, weight, baseWeight, score, fromTable, empty}]</c>,
/// <c>indicators[{name, row, level1, level2, section, status, score, weight, target, actual, reason, judgement, explanation}]</c>,
/// <c>notes[]</c> and <c>findings[]</c> (the finding shape of <c>check</c>). Numbers are as the text report shows them: scores, weights, the total and the budget
/// rounded to two places (half away from zero), <c>rate</c> and <c>expectedShare</c> to four (a percentage with two);
/// the grade is taken from the unrounded total. Statuses camelCase. Schema: schemas/perfrules-score.schema.json.
/// </summary>
public static class ScoreCardJson
{
    /// <summary>The version of this document's shape.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>Serialises cards as the JSON document.</summary>
    public static string Serialize(IEnumerable<ScoreCard> cards, bool indented)
    {
        using var buffer = new MemoryStream();
        Write(buffer, cards, indented);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes cards as the JSON document to a UTF-8 stream.</summary>
    public static void Write(Stream stream, IEnumerable<ScoreCard> cards, bool indented)
    {
        if (stream is null) throw new ArgumentNullException(nameof(stream));
        if (cards is null) throw new ArgumentNullException(nameof(cards));
        using var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact);
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", SchemaVersion);
        writer.WriteStartArray("tables");
        foreach (var card in cards) WriteCard(writer, card);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes one card as a JSON object (for embedding in a host's own document).</summary>
    public static void WriteCard(Utf8JsonWriter writer, ScoreCard card)
    {
        if (writer is null) throw new ArgumentNullException(nameof(writer));
        if (card is null) throw new ArgumentNullException(nameof(card));
        var table = card.Table;
        writer.WriteStartObject();
        writer.WriteString("name", table.Name);
        WriteNumber(writer, "year", table.Year);
        writer.WriteString("source", table.Source);
        writer.WriteString("layout", table.Layout);
        writer.WriteString("profile", card.Profile.Name);
        writer.WriteString("asOf", card.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        writer.WriteString("point", card.Point == EvaluationPoint.HalfYear ? "halfYear" : "fullYear");
        WriteShare(writer, "expectedShare", card.ExpectedShare);
        writer.WriteNumber("total", ScoreText.Round(card.Total));
        writer.WriteString("grade", card.Grade.ToText());

        WriteExecution(writer, card.Execution);
        WriteSections(writer, card.Sections);
        WriteIndicators(writer, card.Indicators);
        writer.WriteStartArray("notes");
        foreach (var note in card.Notes) writer.WriteStringValue(note);
        writer.WriteEndArray();

        writer.WriteStartArray("findings");
        foreach (var finding in card.Findings) writer.WriteRawValue(PerfRulesJson.Serialize(finding), skipInputValidation: true);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteExecution(Utf8JsonWriter writer, ExecutionScore execution)
    {
        writer.WriteStartObject("execution");
        WriteNumber(writer, "budget", execution.Budget is { } budget ? ScoreText.Round(budget) : null);
        WriteNumber(writer, "executed", execution.Executed);
        WriteShare(writer, "rate", execution.Rate);
        writer.WriteNumber("weight", ScoreText.Round(execution.Weight));
        writer.WriteNumber("score", ScoreText.Round(execution.Score));
        writer.WriteEndObject();
    }

    private static void WriteSections(Utf8JsonWriter writer, IReadOnlyList<SectionScore> sections)
    {
        writer.WriteStartArray("sections");
        foreach (var section in sections)
        {
            writer.WriteStartObject();
            writer.WriteString("name", section.Name);
            writer.WriteNumber("weight", ScoreText.Round(section.Weight));
            writer.WriteNumber("baseWeight", ScoreText.Round(section.BaseWeight));
            writer.WriteNumber("score", ScoreText.Round(section.Score));
            writer.WriteBoolean("fromTable", section.WeightFromTable);
            writer.WriteBoolean("empty", section.IsEmpty);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteIndicators(Utf8JsonWriter writer, IReadOnlyList<IndicatorScore> indicators)
    {
        writer.WriteStartArray("indicators");
        foreach (var line in indicators)
        {
            writer.WriteStartObject();
            writer.WriteString("name", line.Indicator.Name);
            writer.WriteNumber("row", line.Indicator.Row);
            writer.WriteString("level1", line.Indicator.Level1);
            writer.WriteString("level2", line.Indicator.Level2);
            writer.WriteString("section", line.Section?.ToText());
            writer.WriteString("status", StatusText(line.Status));
            writer.WriteNumber("score", ScoreText.Round(line.Score));
            writer.WriteNumber("weight", ScoreText.Round(line.Weight));
            writer.WriteString("target", line.Target.ToString());
            writer.WriteString("actual", line.ActualText);
            writer.WriteString("reason", line.Reason);
            writer.WriteString("judgement", line.Judgement is { } j ? ActualsJson.JudgementText(j) : null);
            writer.WriteString("explanation", line.Explanation);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>The JSON spelling of a status: <c>met</c>, <c>partiallyMet</c>, <c>notMet</c>, <c>notDue</c>, <c>notComparable</c>, <c>notScored</c>.</summary>
    public static string StatusText(ScoreStatus status) => status switch
    {
        ScoreStatus.Met => "met",
        ScoreStatus.PartiallyMet => "partiallyMet",
        ScoreStatus.NotMet => "notMet",
        ScoreStatus.NotDue => "notDue",
        ScoreStatus.NotComparable => "notComparable",
        ScoreStatus.NotScored => "notScored",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    private static void WriteNumber(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }

    private static void WriteShare(Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } v) writer.WriteNumber(name, Math.Round(v, 4, MidpointRounding.AwayFromZero));
        else writer.WriteNull(name);
    }

    private static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } v) writer.WriteNumber(name, v);
        else writer.WriteNull(name);
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using PerfRules.Tables;
using PerfRules.Import;

namespace PerfRules.Rules.Scoring;

/// <summary>
/// The section weights of a self-evaluation (一级指标权重), as data: issuers weight differently, so the
/// profile is a parameter, never hard-coded. Weights are points out of 100. Weights a table states itself
/// (权重/分值 columns, <c>产出指标(50分)</c>) win over the profile's.
/// </summary>
/// <remarks>
/// <para>Profiles are JSON files. The scoring weights live in a <c>scoring</c> section, so one file can hold both
/// rule switches (read by the rule engine) and scoring weights (docs/scoring.md "Weights", <c>--profile</c>):</para>
/// <code>
/// {
///   "name": "my-province-2025",
///   "source": "××财绩〔2025〕×号 附件2",
///   "scoring": { "weights": { "预算执行率": 10, "产出": 50, "效益": 30, "满意度": 10, "成本": 0 } }
/// }
/// </code>
/// <para>Keys: 预算执行率, 产出, 效益, 满意度, 成本 (the 指标 suffix is accepted). A missing key is 0; a section
/// weighted 0 is not scored. Weights must be non-negative and add up to 100. The built-in profiles are
/// embedded resources named <c>scoring-&lt;name&gt;.json</c>: <c>national-2020</c> (the default) and
/// <c>variant-20-40-40</c>.</para>
/// </remarks>
public sealed record ScoringProfile
{
    private const string ResourcePrefix = "PerfRules.Rules.Profiles.scoring-";
    private static readonly Lazy<IReadOnlyDictionary<string, ScoringProfile>> BuiltinProfiles = new(LoadBuiltins);

    /// <summary>Creates a profile; weights are points and must add up to 100.</summary>
    /// <param name="name">The profile's name.</param>
    /// <param name="executionRate">预算执行率 weight.</param>
    /// <param name="output">产出 weight.</param>
    /// <param name="effect">效益 weight.</param>
    /// <param name="satisfaction">满意度 weight.</param>
    /// <param name="cost">成本 weight (0: the 成本 section is not scored unless the table weights it).</param>
    /// <exception cref="ArgumentException">A weight is negative or the weights do not add up to 100.</exception>
    public ScoringProfile(string name, decimal executionRate, decimal output, decimal effect, decimal satisfaction, decimal cost)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A profile needs a name.", nameof(name)) : name;
        ExecutionRate = executionRate;
        Output = output;
        Effect = effect;
        Satisfaction = satisfaction;
        Cost = cost;
        if (ValidationError(executionRate, output, effect, satisfaction, cost) is { } error) throw new ArgumentException(error);
    }

    /// <summary>The default: 预算执行率 10, 产出 50, 效益 30, 满意度 10, the 一级 weights of 财预〔2020〕10号 自评 (docs/regulations.md).</summary>
    public static ScoringProfile National2020 => GetBuiltin("national-2020");

    /// <summary>The names of the built-in profiles.</summary>
    public static IReadOnlyList<string> BuiltinNames => BuiltinProfiles.Value.Keys.OrderBy(k => k, StringComparer.Ordinal).ToArray();

    /// <summary>The profile's name (<c>national-2020</c>).</summary>
    public string Name { get; }

    /// <summary>What the profile is, in a sentence.</summary>
    public string? Description { get; init; }

    /// <summary>Where the weights come from (the document and its 文号), or an honest "variant in use".</summary>
    public string? Source { get; init; }

    /// <summary>预算执行率 weight.</summary>
    public decimal ExecutionRate { get; }

    /// <summary>产出 weight.</summary>
    public decimal Output { get; }

    /// <summary>效益 weight.</summary>
    public decimal Effect { get; }

    /// <summary>满意度 weight.</summary>
    public decimal Satisfaction { get; }

    /// <summary>成本 weight.</summary>
    public decimal Cost { get; }

    /// <summary>The weight of a section.</summary>
    public decimal WeightOf(ScoringSection section) => section switch
    {
        ScoringSection.ExecutionRate => ExecutionRate,
        ScoringSection.Output => Output,
        ScoringSection.Effect => Effect,
        ScoringSection.Satisfaction => Satisfaction,
        ScoringSection.Cost => Cost,
        _ => throw new ArgumentOutOfRangeException(nameof(section), section, null),
    };

    /// <summary>A built-in profile by name.</summary>
    /// <exception cref="ArgumentException">No built-in profile has that name (the message lists them).</exception>
    public static ScoringProfile GetBuiltin(string name) =>
        TryGetBuiltin(name, out var profile) ? profile : throw new ArgumentException("没有名为“" + name + "”的内置评分方案（可用：" + string.Join("、", BuiltinNames) + "）。", nameof(name));

    /// <summary>A built-in profile by name; false when there is none.</summary>
    public static bool TryGetBuiltin(string name, out ScoringProfile profile)
    {
        if (name is not null && BuiltinProfiles.Value.TryGetValue(name.Trim(), out var found))
        {
            profile = found;
            return true;
        }

        profile = null!;
        return false;
    }

    /// <summary>Reads the <c>scoring</c> section of a profile file's JSON text. Never throws on content.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="source">Where it came from (the file name is the fallback profile name), or null.</param>
    public static ScoringProfileReadResult Read(string json, string? source)
    {
        if (json is null) throw new ArgumentNullException(nameof(json));
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return Read(document.RootElement, source);
        }
        catch (JsonException e)
        {
            return Failed(source, "评分方案的 " + SystemErrorText.Json(e) + "。");
        }
        catch (ArgumentException)
        {
            return Failed(source, "评分方案含有无效的 Unicode 字符（孤立的代理项），无法作为 JSON 读取。");
        }
    }

    /// <summary>
    /// The scoring weights of a rule profile read by the rule engine (its <c>scoring</c> member), so one
    /// <c>--profile</c> file drives both <c>check</c> and <c>score</c>. A profile without that member gives a
    /// result with <see cref="ScoringProfileReadResult.HasScoringSection"/> false.
    /// </summary>
    public static ScoringProfileReadResult FromRuleProfile(Rules.RuleProfile profile)
    {
        if (profile is null) throw new ArgumentNullException(nameof(profile));
        if (profile.ScoringJson is null) return new ScoringProfileReadResult { Source = profile.SourceName, HasScoringSection = false };
        return Read("{\"name\":\"" + JsonEncodedText.Encode(profile.Name).ToString() + "\",\"scoring\":" + profile.ScoringJson + "}", profile.SourceName);
    }

    /// <summary>Reads a profile file; a missing file is an error in the result.</summary>
    public static ScoringProfileReadResult ReadFile(string path)
    {
        if (path is null) throw new ArgumentNullException(nameof(path));
        string text;
        try
        {
            text = PerfRules.Rules.Loading.RegularFile.ReadAllText(path, PerfRules.Rules.RuleOptions.MaxRuleFileBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return Failed(path, "评分方案文件“" + path + "”无法打开（" + SystemErrorText.Of(e) + "）。");
        }

        return Read(text, path);
    }

    /// <inheritdoc />
    public override string ToString() =>
        Name + "（" + string.Join("，", ScoringSections.All.Where(s => WeightOf(s) != 0m).Select(s => s.ToText() + " " + ScoreText.FormatWeight(WeightOf(s)))) + "）";

    private static ScoringProfileReadResult Read(JsonElement root, string? source)
    {
        if (root.ValueKind != JsonValueKind.Object) return Failed(source, "$：评分方案应为 JSON 对象。");
        var errors = new List<string>();
        string? rootName = OptionalString(root, "name", "$", errors);
        var description = OptionalString(root, "description", "$", errors);
        var citation = OptionalString(root, "source", "$", errors);
        if (!root.TryGetProperty("scoring", out var scoring))
        {
            return errors.Count == 0
                ? new ScoringProfileReadResult { Source = source, HasScoringSection = false }
                : new ScoringProfileReadResult { Source = source, Errors = errors.ToValueList() };
        }

        if (scoring.ValueKind != JsonValueKind.Object) return Failed(source, "$.scoring：应为 JSON 对象。");
        var name = OptionalString(scoring, "name", "$.scoring", errors) ?? rootName ?? (source is null ? "custom" : Path.GetFileNameWithoutExtension(source));
        var weights = new Dictionary<ScoringSection, decimal>();
        foreach (var property in scoring.EnumerateObject())
        {
            switch (property.Name)
            {
                case "name":
                    break;
                case "weights":
                    ReadWeights(property.Value, weights, errors);
                    break;
                default:
                    errors.Add("$.scoring." + property.Name + "：无法识别的属性（可用：name, weights）。");
                    break;
            }
        }

        if (!scoring.TryGetProperty("weights", out _)) errors.Add("$.scoring：缺少 weights（各部分权重）。");
        decimal W(ScoringSection s) => weights.TryGetValue(s, out var w) ? w : 0m;
        if (errors.Count == 0 && ValidationError(W(ScoringSection.ExecutionRate), W(ScoringSection.Output), W(ScoringSection.Effect), W(ScoringSection.Satisfaction), W(ScoringSection.Cost)) is { } invalid)
        {
            errors.Add("$.scoring.weights：" + invalid);
        }

        if (errors.Count > 0) return new ScoringProfileReadResult { Source = source, HasScoringSection = true, Errors = errors.ToValueList() };
        var profile = new ScoringProfile(name, W(ScoringSection.ExecutionRate), W(ScoringSection.Output), W(ScoringSection.Effect), W(ScoringSection.Satisfaction), W(ScoringSection.Cost))
        {
            Description = description,
            Source = citation,
        };
        return new ScoringProfileReadResult { Source = source, HasScoringSection = true, Profile = profile };
    }

    private static void ReadWeights(JsonElement element, Dictionary<ScoringSection, decimal> weights, List<string> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add("$.scoring.weights：应为对象，如 {\"预算执行率\": 10, \"产出\": 50}。");
            return;
        }

        foreach (var property in element.EnumerateObject())
        {
            var path = "$.scoring.weights." + property.Name;
            if (ScoringSections.FromLabel(property.Name) is not { } section)
            {
                errors.Add(path + "：无法识别的部分（可用：预算执行率、产出、效益、满意度、成本）。");
            }
            else if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetDecimal(out var weight))
            {
                errors.Add(path + "：权重应为数字。");
            }
            else if (weights.ContainsKey(section))
            {
                errors.Add(path + "：“" + section.ToText() + "”的权重重复。");
            }
            else
            {
                weights[section] = weight;
            }
        }
    }

    private static string? OptionalString(JsonElement element, string name, string path, List<string> errors)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind == JsonValueKind.String) return value.GetString();
        errors.Add(path + "." + name + "：应为文本。");
        return null;
    }

    private static string? ValidationError(decimal executionRate, decimal output, decimal effect, decimal satisfaction, decimal cost)
    {
        var all = new[] { executionRate, output, effect, satisfaction, cost };
        if (all.Any(w => w < 0m)) return "权重不能为负数。";
        var sum = all.Sum();
        return Math.Abs(sum - 100m) > 0.01m ? "各部分权重合计 " + ScoreText.FormatWeight(sum) + "，应为 100。" : null;
    }

    private static ScoringProfileReadResult Failed(string? source, string error) => new() { Source = source, Errors = ValueList.Of(error) };

    private static IReadOnlyDictionary<string, ScoringProfile> LoadBuiltins()
    {
        var assembly = typeof(ScoringProfile).Assembly;
        var result = new Dictionary<string, ScoringProfile>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var read = Read(reader.ReadToEnd(), resource);

            // A broken built-in is a packaging defect, not user input: fail loudly.
            var profile = read.Profile ?? throw new InvalidOperationException("Built-in scoring profile " + resource + " is invalid: " + string.Join("; ", read.Errors));
            result[profile.Name] = profile;
        }

        return result;
    }
}

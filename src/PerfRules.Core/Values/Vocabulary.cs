using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace PerfRules.Values;

/// <summary>
/// The qualitative vocabularies of docs/values.md (Criterion, Grade, Completion, Trend, Effect) with their
/// ranks (0 = best), the X性 → criterion-word pairs (立项依据充分性 → 充分, rule V03), and the 11
/// standard 决策/过程 indicators of the Nanjing template (rule S05).
/// </summary>
/// <remarks>
/// <para>Every word maps to one shared <see cref="QualitativeValue"/> instance, so parsing a word
/// allocates nothing. Words are matched whole (after trimming): <c>一般</c> is a Grade, never 1 + 般.</para>
/// <para>Scales (best first):</para>
/// <list type="bullet">
/// <item>Criterion: each criterion word is its own scale — <c>X</c> (0) &gt; <c>基本X</c>/<c>较X</c> (1) &gt;
/// <c>不X</c> (2) for 充分, 规范, 合理, 明确, 科学, 合规, 健全, 有效 …; compliance phrases
/// (严格执行相关制度规定, 符合相关规定, 控制在预算内, 应保尽保 …) are met (0) or not; see <see cref="CriterionOf"/>.</item>
/// <item>Grade: 好/优/高/广/强 (0) &gt; 较好/较高/较广/较强/良好 (1) &gt; 一般/基本 (2) &gt; 较差/较低 (3) &gt; 差/低 (4).</item>
/// <item>Completion: 完成, 按时, 按计划完成, 达标, 是 … (0, met) &gt; 基本完成, 部分达成 (1, partial) &gt;
/// 未完成, 未达成, 否 (2, not met). 是/否/有/无 are also yes/no answers (<see cref="IsYesNoAnswer"/>).</item>
/// <item>Effect: 效果明显, 影响程度明显, 显著, 明显, 长期 (0) &gt; 有所改善, 一定效果 (1) &gt; 不明显 (2).
/// 长期/长效 (a lasting effect, the usual 可持续影响 target) are placed here.</item>
/// <item>Trend: 显著提升 (0) &gt; 提升, 增长, 提高, 平稳增长, 稳步提升 (1) &gt; 保持, 稳定, 持平 (2) &gt; 下降, 减少 (3);
/// falling words are a direction of their own for ≤-type indicators (<see cref="IsFalling"/>).</item>
/// </list>
/// </remarks>
public static partial class Vocabulary
{
    private static readonly string[] CriterionBaseWords =
    {
        "充分", "规范", "合理", "明确", "科学", "合规", "健全", "有效", "及时", "准确", "完整", "公开",
        "透明", "可行", "必要", "合法", "安全", "一致", "匹配", "真实", "清晰", "完善", "细化", "到位",
    };

    private static readonly string[] CompliancePhrases =
    {
        "严格执行相关制度规定", "符合相关规定", "符合规定", "符合要求", "符合标准", "控制在预算内", "应保尽保",
    };

    private static readonly Dictionary<string, Entry> Entries = new(StringComparer.Ordinal);
    private static readonly SegmentTable<QualitativeValue> Table;
    private static readonly Dictionary<QualitativeKind, QualitativeValue[]> ByKind = new();
    private static readonly StandardIndicator[] Standard;

    // Long by design: the qualitative-word table itself (one line per word and its rank), data rather than logic.
    static Vocabulary()
    {
        foreach (var word in CriterionBaseWords)
        {
            AddCriterion(word, word, 0);
            AddCriterion("基本" + word, word, 1);
            AddCriterion("较" + word, word, 1);
            AddCriterion("不" + word, word, 2);
        }

        AddCriterion("无效", "有效", 2);
        foreach (var phrase in CompliancePhrases) AddCriterion(phrase, phrase, 0);
        AddCriterion("不符合相关规定", "符合相关规定", 2);
        AddCriterion("不符合规定", "符合规定", 2);
        AddCriterion("不符合要求", "符合要求", 2);
        AddCriterion("不符合标准", "符合标准", 2);
        AddCriterion("超出预算", "控制在预算内", 2);

        AddAll(QualitativeKind.Grade, 0, "好 优 高 广 强 优秀 优良 很好 很高");
        AddAll(QualitativeKind.Grade, 1, "较好 较高 较广 较强 良好 良");
        AddAll(QualitativeKind.Grade, 2, "一般 基本 中等");
        AddAll(QualitativeKind.Grade, 3, "较差 较低 较弱");
        AddAll(QualitativeKind.Grade, 4, "差 低 弱");

        AddAll(QualitativeKind.Completion, 0, "完成 按时 按时完成 按计划完成 按期 按期完成 如期完成 按要求完成 及时完成 已完成 全部完成 达标 合格 达成 达成预期 达成预期指标 达成预期目标 达到预期 达到预期目标 实现 是 有");
        AddAll(QualitativeKind.Completion, 1, "基本完成 部分达成 部分完成 基本达标 基本达成 基本实现 基本合格");
        AddAll(QualitativeKind.Completion, 2, "未完成 未达成 未达标 不合格 未实现 否 无");

        AddAll(QualitativeKind.Effect, 0, "效果明显 影响程度明显 显著 明显 效果显著 成效明显 成效显著 影响明显 明显改善 显著改善 长期 长效");
        AddAll(QualitativeKind.Effect, 1, "有所改善 一定效果 有一定效果 一定影响 有所影响 改善 有所改进");
        AddAll(QualitativeKind.Effect, 2, "不明显 效果不明显 影响不明显 无明显效果");

        AddAll(QualitativeKind.Trend, 0, "显著提升 显著提高 显著增长 大幅提升 大幅提高 大幅增长 明显提升 明显提高");
        AddAll(QualitativeKind.Trend, 1, "提升 增长 提高 平稳增长 稳步提升 稳步增长 稳步提高 持续提升 持续增长 逐步提升 逐步提高 有所提升 有所提高 有所增长 进一步提升 进一步提高 增加 上升 稳中有升");
        AddAll(QualitativeKind.Trend, 2, "保持 稳定 持平 保持稳定 基本稳定 保持平稳 平稳");
        AddAll(QualitativeKind.Trend, 3, "下降 减少 降低 有所下降 有所减少 有所降低 逐步下降 逐步减少 逐步降低 明显下降 显著下降 大幅下降");

        var pairs = new List<KeyValuePair<string, QualitativeValue>>(Entries.Count);
        var kinds = new Dictionary<QualitativeKind, List<QualitativeValue>>();
        foreach (var entry in Entries.Values)
        {
            pairs.Add(new KeyValuePair<string, QualitativeValue>(entry.Value.Word, entry.Value));
            if (!kinds.TryGetValue(entry.Value.QualitativeKind, out var list)) kinds[entry.Value.QualitativeKind] = list = new List<QualitativeValue>();
            list.Add(entry.Value);
        }

        Table = new SegmentTable<QualitativeValue>(pairs);
        foreach (var pair in kinds)
        {
            var array = pair.Value.ToArray();
            Array.Sort(array, (a, b) => a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : string.CompareOrdinal(a.Word, b.Word));
            ByKind[pair.Key] = array;
        }

        var hundredPercent = new NumericValue(Comparison.Unspecified, 100m, "%");
        Standard = new[]
        {
            new StandardIndicator("决策", "项目立项", "立项依据充分性", Word("充分")),
            new StandardIndicator("决策", "项目立项", "立项程序规范性", Word("规范")),
            new StandardIndicator("决策", "绩效目标", "绩效目标合理性", Word("合理")),
            new StandardIndicator("决策", "绩效目标", "绩效指标明确性", Word("明确")),
            new StandardIndicator("决策", "资金投入", "预算编制科学性", Word("科学")),
            new StandardIndicator("决策", "资金投入", "资金分配合理性", Word("合理")),
            new StandardIndicator("过程", "资金管理", "资金到位率", hundredPercent),
            new StandardIndicator("过程", "资金管理", "预算执行率", hundredPercent),
            new StandardIndicator("过程", "资金管理", "资金使用合规性", Word("合规")),
            new StandardIndicator("过程", "组织实施", "管理制度健全性", Word("健全")),
            new StandardIndicator("过程", "组织实施", "制度执行有效性", Word("有效")),
        };
    }

    /// <summary>
    /// The 11 standard 决策/过程 indicators of the Nanjing template with their expected values
    /// (立项依据充分性 → 充分 … 资金到位率 → 100%, 预算执行率 → 100%), in the template's order.
    /// </summary>
    public static IReadOnlyList<StandardIndicator> StandardIndicators => Standard;

    /// <summary>The criterion words an X性 indicator can expect (充分, 规范, 合理 …), without the 基本/较/不 variants.</summary>
    public static IReadOnlyList<string> CriterionWords => CriterionBaseWords;

    /// <summary>Looks up a qualitative word (surrounding whitespace ignored); false when the text is not a vocabulary word.</summary>
    public static bool TryLookup(string word, [NotNullWhen(true)] out QualitativeValue? value)
    {
        value = null;
        if (word is null) return false;
        CellText.Trim(word, out var start, out var end);
        if (Table.TryGet(word, start, end - start, out var found))
        {
            value = found;
            return true;
        }

        return false;
    }

    /// <summary>All words of one vocabulary, best rank first (ties in ordinal order).</summary>
    public static IReadOnlyList<QualitativeValue> Words(QualitativeKind kind) =>
        ByKind.TryGetValue(kind, out var words) ? words : Array.Empty<QualitativeValue>();

    /// <summary>Every vocabulary word, all kinds.</summary>
    public static IEnumerable<QualitativeValue> AllWords
    {
        get
        {
            foreach (var entry in Entries.Values) yield return entry.Value;
        }
    }

    /// <summary>
    /// The criterion word an X性 indicator expects (rule V03): <c>立项依据充分性</c> → <c>充分</c>,
    /// <c>资金使用合规性</c> → <c>合规</c>, <c>管理制度健全性</c> → <c>健全</c>; null when the name does not end
    /// in a known criterion word + 性 (a trailing unit bracket is ignored).
    /// </summary>
    public static string? ExpectedCriterionWord(string? indicatorName)
    {
        if (indicatorName is null) return null;
        CellText.Trim(indicatorName, out var start, out var end);
        if (end - start >= 3 && (indicatorName[end - 1] == ')' || indicatorName[end - 1] == '）'))
        {
            var open = indicatorName.LastIndexOfAny(new[] { '(', '（' }, end - 1, end - start);
            if (open > start)
            {
                end = open;
                while (end > start && CellText.IsSpace(indicatorName[end - 1])) end--;
            }
        }

        if (end - start < 2 || indicatorName[end - 1] != '性') return null;
        string? best = null;
        foreach (var word in CriterionBaseWords)
        {
            var s = end - 1 - word.Length;
            if (s >= start && string.CompareOrdinal(indicatorName, s, word, 0, word.Length) == 0 && (best is null || word.Length > best.Length)) best = word;
        }

        return best;
    }

    /// <summary>
    /// The criterion a Criterion word judges: <c>基本规范</c> → <c>规范</c>, <c>不合规</c> → <c>合规</c>,
    /// a compliance phrase → itself; null for words of other kinds. Two Criterion values are comparable
    /// only when their criteria agree.
    /// </summary>
    public static string? CriterionOf(QualitativeValue value) =>
        value is not null && value.QualitativeKind == QualitativeKind.Criterion && Entries.TryGetValue(value.Word, out var e) ? e.Scale : null;

    /// <summary>True for the yes/no answers 是, 否, 有, 无 (a 是否… indicator's target is the desired answer).</summary>
    public static bool IsYesNoAnswer(QualitativeValue value) => value is not null && value.Word is "是" or "否" or "有" or "无";

    /// <summary>True for the affirmative answers 是 and 有.</summary>
    public static bool IsAffirmative(QualitativeValue value) => value is not null && value.Word is "是" or "有";

    /// <summary>True for explicit not-met words (未完成, 未达成, 不合格, 不规范 …), which score 0 whatever their rank distance (docs/scoring.md); the answers 否/无 are not among them.</summary>
    public static bool IsNotMet(QualitativeValue value) =>
        value is not null && !IsYesNoAnswer(value) &&
        ((value.QualitativeKind == QualitativeKind.Completion && value.Rank == 2) ||
         (value.QualitativeKind == QualitativeKind.Criterion && value.Rank == 2));

    /// <summary>True for falling Trend words (下降, 减少, 降低 …): the direction a ≤-type indicator (cost, complaints) wants.</summary>
    public static bool IsFalling(QualitativeValue value) => value is not null && value.QualitativeKind == QualitativeKind.Trend && value.Rank == 3;

    /// <summary>Looks up a segment of a larger string without allocating.</summary>
    internal static bool TryLookup(string text, int start, int length, out QualitativeValue value) =>
        Table.TryGet(text, start, length, out value);

    private static QualitativeValue Word(string word) => Entries[word].Value;

    private static void AddCriterion(string word, string scale, int rank) =>
        Add(new QualitativeValue(word, QualitativeKind.Criterion, rank), scale);

    private static void AddAll(QualitativeKind kind, int rank, string words)
    {
        foreach (var word in words.Split(' ')) Add(new QualitativeValue(word, kind, rank), kind.ToString());
    }

    private static void Add(QualitativeValue value, string scale)
    {
        if (Entries.ContainsKey(value.Word)) throw new InvalidOperationException("Duplicate vocabulary word " + value.Word);
        Entries[value.Word] = new Entry(value, scale);
    }

    private sealed class Entry
    {
        internal Entry(QualitativeValue value, string scale)
        {
            Value = value;
            Scale = scale;
        }

        internal QualitativeValue Value { get; }

        internal string Scale { get; }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PerfRules.Import.Columns;

namespace PerfRules.Import;

/// <summary>A block of the form a caption opens (<c>regions</c> of the label vocabulary).</summary>
internal enum LabelRegion
{
    /// <summary>项目资金 / 资金情况 / 投入目标 …: the money block.</summary>
    Funding,

    /// <summary>总体目标 / 项目绩效目标 …: a caption over goal labels (长期目标 / 年度目标).</summary>
    Goal,
}

/// <summary>
/// The label vocabulary: which header field, block or indicator column a printed label names. The labels are
/// data (Import/Vocabulary/labels.json, embedded; schema schemas/perfrules-labels.schema.json), so a new
/// issuer's label is a data change, and a profile or <see cref="TableReaderOptions.Labels"/> may add more.
/// Every label is compared after <see cref="Normalize"/>; a label still unknown is retried without a unit or
/// score bracket, then without one listed suffix or prefix at a time (see the file's <c>normalization</c>).
/// </summary>
internal sealed class LabelVocabulary
{
    private const string ResourceName = "PerfRules.Import.labels.json";

    /// <summary>A prefix or suffix is dropped only when at least this many characters remain (年度金额 is not 金额).</summary>
    private const int MinimumStem = 3;

    private static readonly Lazy<LabelVocabulary> Embedded = new(LoadEmbedded);

    private static readonly Dictionary<string, HeaderFieldKind> FieldKeys = new(StringComparer.Ordinal)
    {
        ["projectName"] = HeaderFieldKind.Name,
        ["department"] = HeaderFieldKind.Department,
        ["implementingUnit"] = HeaderFieldKind.ImplementingUnit,
        ["budgetUnit"] = HeaderFieldKind.BudgetUnit,
        ["departmentName"] = HeaderFieldKind.DepartmentName,
        ["fundingTotal"] = HeaderFieldKind.FundingTotal,
        ["annualGoal"] = HeaderFieldKind.AnnualGoal,
        ["longTermGoal"] = HeaderFieldKind.LongTermGoal,
        ["goalCompletion"] = HeaderFieldKind.GoalCompletion,
        ["projectType"] = HeaderFieldKind.ProjectType,
        ["projectLevel"] = HeaderFieldKind.ProjectLevel,
        ["startTime"] = HeaderFieldKind.StartTime,
        ["endTime"] = HeaderFieldKind.EndTime,
        ["period"] = HeaderFieldKind.Period,
        ["contact"] = HeaderFieldKind.Contact,
        ["contactPerson"] = HeaderFieldKind.ContactPerson,
        ["contactPhone"] = HeaderFieldKind.ContactPhone,
        ["necessity"] = HeaderFieldKind.Necessity,
        ["feasibility"] = HeaderFieldKind.Feasibility,
        ["content"] = HeaderFieldKind.Content,
        ["other"] = HeaderFieldKind.Other,
    };

    private static readonly Dictionary<string, ColumnRole> ColumnKeys = new(StringComparer.Ordinal)
    {
        ["level1"] = ColumnRole.Level1,
        ["level2"] = ColumnRole.Level2,
        ["level3"] = ColumnRole.Name,
        ["halfYear"] = ColumnRole.HalfYear,
        ["value"] = ColumnRole.FullYear,
        ["longTerm"] = ColumnRole.LongTerm,
        ["operator"] = ColumnRole.DirectionOrOperator,
        ["nature"] = ColumnRole.Property,
        ["unit"] = ColumnRole.Unit,
        ["weight"] = ColumnRole.Weight,
        ["score"] = ColumnRole.Score,
        ["actual"] = ColumnRole.Actual,
        ["reason"] = ColumnRole.Reason,
        ["valueType"] = ColumnRole.ValueType,
        ["explanation"] = ColumnRole.Explanation,
        ["standard"] = ColumnRole.ScoringStandard,
        ["remark"] = ColumnRole.Remark,
        ["gridUnit"] = ColumnRole.GridUnit,
        ["gridProject"] = ColumnRole.GridProject,
        ["gridBudget"] = ColumnRole.GridBudget,
        ["gridGoal"] = ColumnRole.GridGoal,
    };

    private static readonly Dictionary<string, LabelRegion> RegionKeys = new(StringComparer.Ordinal)
    {
        ["funding"] = LabelRegion.Funding,
        ["goal"] = LabelRegion.Goal,
    };

    private readonly Dictionary<string, HeaderFieldKind> _fields;
    private readonly Dictionary<string, ColumnRole> _columns;
    private readonly Dictionary<string, LabelRegion> _regions;
    private readonly string[] _marks;
    private readonly string[] _suffixes;
    private readonly string[] _prefixes;
    private readonly List<(string Prefix, ColumnRole Role)> _columnPrefixes;
    private readonly LabelKeywords _keywords;

    private LabelVocabulary(Dictionary<string, HeaderFieldKind> fields, Dictionary<string, ColumnRole> columns, Dictionary<string, LabelRegion> regions, string[] marks, string[] suffixes, string[] prefixes, List<(string Prefix, ColumnRole Role)> columnPrefixes, LabelKeywords keywords)
    {
        _fields = fields;
        _columns = columns;
        _regions = regions;
        _marks = marks;
        _suffixes = suffixes;
        _prefixes = prefixes;
        _columnPrefixes = columnPrefixes;
        _keywords = keywords;
    }

    /// <summary>The embedded vocabulary.</summary>
    public static LabelVocabulary Default => Embedded.Value;

    /// <summary>The vocabulary for <paramref name="options"/>: the embedded one plus the options' extra labels.</summary>
    public static LabelVocabulary For(TableReaderOptions? options) => options?.Vocabulary ?? Default;

    /// <summary>Parses a vocabulary document (the shape of labels.json).</summary>
    /// <exception cref="FormatException">The text is not JSON of that shape.</exception>
    public static LabelVocabulary Parse(string json)
    {
        if (MiniJson.Parse(json) is not MiniJson.JsonObject root) throw new FormatException("labels.json：文档应是 JSON 对象（含 normalization、fields、regions、columns）");
        var norm = Section(root, "normalization");
        var vocabulary = new LabelVocabulary(
            new Dictionary<string, HeaderFieldKind>(StringComparer.Ordinal),
            new Dictionary<string, ColumnRole>(StringComparer.Ordinal),
            new Dictionary<string, LabelRegion>(StringComparer.Ordinal),
            Strings(norm, "marks").Select(m => LabelText.Normalize(m)).ToArray(),
            Strings(norm, "suffixes").Select(m => LabelText.Normalize(m)).ToArray(),
            Strings(norm, "prefixes").Select(m => LabelText.Normalize(m)).ToArray(),
            new List<(string Prefix, ColumnRole Role)>(),
            root.Values.ContainsKey("keywords") ? LabelKeywords.Parse(Section(root, "keywords"), FieldKeys) : LabelKeywords.None);
        var fields = Section(root, "fields");
        foreach (var key in fields.Keys)
        {
            if (!FieldKeys.TryGetValue(key, out var kind)) throw new FormatException("labels.json：fields 中的「" + key + "」不是已知的字段键（可用：" + string.Join("、", FieldKeys.Keys) + "）");
            foreach (var label in Strings(fields, key)) vocabulary.AddOnce(vocabulary._fields, label, kind);
        }

        var regions = Section(root, "regions");
        foreach (var key in regions.Keys)
        {
            if (!RegionKeys.TryGetValue(key, out var region)) throw new FormatException("labels.json：regions 中的「" + key + "」不是已知的区域键（可用：" + string.Join("、", RegionKeys.Keys) + "）");
            foreach (var label in Strings(regions, key)) vocabulary.AddOnce(vocabulary._regions, label, region);
        }

        var columns = Section(root, "columns");
        foreach (var key in columns.Keys)
        {
            if (!ColumnKeys.TryGetValue(key, out var role)) throw new FormatException("labels.json：columns 中的「" + key + "」不是已知的列键（可用：" + string.Join("、", ColumnKeys.Keys) + "）");
            foreach (var label in Strings(columns, key)) vocabulary.AddOnce(vocabulary._columns, label, role);
        }

        // Beginnings of a column label (偏差原因…, 半年…, 全年…), tried after the exact labels, longest first.
        var beginnings = root.Values.ContainsKey("columnPrefixes") ? Section(root, "columnPrefixes") : new MiniJson.JsonObject();
        foreach (var key in beginnings.Keys)
        {
            if (!ColumnKeys.TryGetValue(key, out var role)) throw new FormatException("labels.json：columnPrefixes 中的「" + key + "」不是已知的列键（可用：" + string.Join("、", ColumnKeys.Keys) + "）");
            foreach (var prefix in Strings(beginnings, key))
            {
                var normalized = vocabulary.Normalize(prefix);
                if (normalized.Length == 0) throw new FormatException("labels.json：columnPrefixes 中有空的前缀；请删除它");
                vocabulary._columnPrefixes.Add((normalized, role));
            }
        }

        vocabulary._columnPrefixes.Sort((a, b) => a.Prefix.Length != b.Prefix.Length ? b.Prefix.Length - a.Prefix.Length : string.CompareOrdinal(a.Prefix, b.Prefix));
        return vocabulary;
    }

    /// <summary>
    /// This vocabulary plus <paramref name="extra"/>: each key names a field or column role, by its key in
    /// labels.json (<c>department</c>, <c>weight</c>) or by any label the vocabulary already knows for it
    /// (<c>主管部门</c>, <c>权重</c>); each value lists labels to add. An added label wins over a built-in one.
    /// </summary>
    /// <exception cref="ArgumentException">A key names no field or column role.</exception>
    public LabelVocabulary With(IReadOnlyDictionary<string, IReadOnlyList<string>> extra)
    {
        if (extra is null) throw new ArgumentNullException(nameof(extra));
        var copy = new LabelVocabulary(
            new Dictionary<string, HeaderFieldKind>(_fields, StringComparer.Ordinal),
            new Dictionary<string, ColumnRole>(_columns, StringComparer.Ordinal),
            new Dictionary<string, LabelRegion>(_regions, StringComparer.Ordinal),
            _marks, _suffixes, _prefixes, _columnPrefixes, _keywords);
        foreach (var pair in extra.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (TryResolveKey(pair.Key, out var field, out var role))
            {
                foreach (var label in pair.Value ?? Array.Empty<string>())
                {
                    var key = copy.Normalize(label);
                    if (key.Length == 0) continue;
                    if (field is { } f) copy._fields[key] = f;
                    else copy._columns[key] = role!.Value;
                }

                continue;
            }

            throw new ArgumentException(
                "labels.「" + pair.Key + "」不是任何表头字段或列；请用字段键（" + string.Join("、", FieldKeys.Keys) + "）、列键（" +
                string.Join("、", ColumnKeys.Keys) + "）或阅读器已认识的标签（主管部门、实施单位、年度目标 …）", nameof(extra));
        }

        return copy;
    }

    /// <summary>This vocabulary plus <paramref name="labels"/>, each naming its field (the labels read by keywords in one file).</summary>
    public LabelVocabulary WithFields(IEnumerable<(string Label, HeaderFieldKind Kind)> labels)
    {
        var copy = new LabelVocabulary(
            new Dictionary<string, HeaderFieldKind>(_fields, StringComparer.Ordinal),
            _columns, _regions, _marks, _suffixes, _prefixes, _columnPrefixes, _keywords);
        foreach (var (label, kind) in labels)
        {
            var key = copy.Normalize(label);
            if (key.Length > 0) copy._fields[key] = kind;
        }

        return copy;
    }

    /// <summary>Which header field <paramref name="label"/> names.</summary>
    public bool TryField(string? label, out HeaderFieldKind kind) => TryLookup(_fields, label, out kind);

    /// <summary>
    /// Which header field <paramref name="label"/> names by the keyword rules (<c>keywords</c> of labels.json): the
    /// second chance for a label the vocabulary does not list (<c>项目承办单位</c> → 实施单位). False for a label
    /// <see cref="TryField"/> knows, one no rule or more than one field's rules match, and one that does not look
    /// like a label. The caller decides whether the cell stands where a label stands (<see cref="KeywordLabels"/>).
    /// </summary>
    public bool TryFieldByKeywords(string? label, out HeaderFieldKind kind)
    {
        kind = HeaderFieldKind.Other;
        // A label that opens with a block caption (项目资金…, 资金情况…) is the caption: the block reads what follows it.
        if (!LabelText.CouldBeLabel(label) || TryField(label, out _) || TryRegion(label, out _)) return false;
        var key = WithoutUnitOrScore(Normalize(label));
        return key.Length > 0 && _keywords.TryMatch(key, out kind);
    }

    /// <summary>
    /// Which indicator column <paramref name="label"/> names: an exact label of <c>columns</c> after
    /// <see cref="Normalize"/>, else the role of the longest <c>columnPrefixes</c> entry the label starts with
    /// (<c>全年(程)指标值</c>, <c>偏差原因分析及改进措施</c>). Units, prefixes and suffixes are not dropped: a column
    /// word is short and exact.
    /// </summary>
    public bool TryColumn(string? label, out ColumnRole role)
    {
        role = default;
        var key = Normalize(label);
        if (key.Length == 0) return false;
        if (_columns.TryGetValue(key, out role)) return true;
        foreach (var (prefix, r) in _columnPrefixes)
        {
            if (!key.StartsWith(prefix, StringComparison.Ordinal)) continue;
            role = r;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Which block <paramref name="label"/> opens. A caption may carry more after its name
    /// (<c>资金情况(万元)</c>, <c>项目资金 预算执行 10分</c>), so a label that starts with a region label counts.
    /// </summary>
    public bool TryRegion(string? label, out LabelRegion region)
    {
        region = LabelRegion.Funding;
        if (!LabelText.CouldBeLabel(label)) return false;
        var key = Normalize(label);
        if (key.Length == 0) return false;
        if (TryLookup(_regions, label, out region)) return true;

        // 项目资金总额 opens with 项目资金 but is a header field: a caption that starts a longer label counts only when the label names no field.
        if (TryField(label, out _)) return false;
        foreach (var pair in _regions.OrderByDescending(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!key.StartsWith(pair.Key, StringComparison.Ordinal)) continue;
            region = pair.Value;
            return true;
        }

        return false;
    }

    /// <summary>
    /// The normalised form of a label: no whitespace and no <c>?</c>/U+FFFD (a damaged copy's fillers), full-width
    /// brackets, colon and slash folded, no leading <c>*</c>/<c>★</c> or list number, none of the marks
    /// (<c>(必填)</c>, <c>(盖章)</c>), no trailing colons.
    /// </summary>
    public string Normalize(string? label)
    {
        if (!LabelText.CouldBeLabel(label)) return string.Empty;
        var t = LabelText.Normalize(label);
        if (t.IndexOf('?') >= 0 || t.IndexOf('\uFFFD') >= 0) t = t.Replace("?", string.Empty).Replace("\uFFFD", string.Empty);
        foreach (var mark in _marks)
        {
            if (mark.Length > 0 && t.IndexOf(mark, StringComparison.Ordinal) >= 0) t = t.Replace(mark, string.Empty);
        }

        t = t.TrimStart('*', '★', '☆').TrimEnd(':');
        return WithoutNumbering(t);
    }

    /// <summary>
    /// The keys tried for a label, nearest first: the normalised label, then without a unit or score bracket,
    /// then with listed suffixes and prefixes dropped one at a time (breadth first).
    /// </summary>
    public IEnumerable<string> Candidates(string? label)
    {
        var first = Normalize(label);
        if (first.Length == 0) yield break;
        var seen = new HashSet<string>(StringComparer.Ordinal) { first };
        var queue = new Queue<string>();
        queue.Enqueue(first);
        yield return first;
        var bare = WithoutUnitOrScore(first);
        if (bare.Length > 0 && seen.Add(bare))
        {
            queue.Enqueue(bare);
            yield return bare;
        }

        while (queue.Count > 0)
        {
            var t = queue.Dequeue();
            foreach (var next in Shorter(t))
            {
                if (!seen.Add(next)) continue;
                queue.Enqueue(next);
                yield return next;
            }
        }
    }

    private IEnumerable<string> Shorter(string t)
    {
        foreach (var s in _suffixes)
        {
            if (s.Length > 0 && t.Length - s.Length >= MinimumStem && t.EndsWith(s, StringComparison.Ordinal)) yield return t.Substring(0, t.Length - s.Length);
        }

        foreach (var p in _prefixes)
        {
            if (p.Length > 0 && t.Length - p.Length >= MinimumStem && t.StartsWith(p, StringComparison.Ordinal)) yield return t.Substring(p.Length);
        }
    }

    private bool TryLookup<T>(Dictionary<string, T> map, string? label, out T value)
    {
        value = default!;
        if (!LabelText.CouldBeLabel(label)) return false;
        foreach (var key in Candidates(label))
        {
            if (map.TryGetValue(key, out value!)) return true;
        }

        return false;
    }

    private bool TryResolveKey(string key, out HeaderFieldKind? field, out ColumnRole? role)
    {
        field = null;
        role = null;
        if (FieldKeys.TryGetValue(key, out var f)) field = f;
        else if (ColumnKeys.TryGetValue(key, out var c)) role = c;
        else if (TryField(key, out f)) field = f;
        else if (TryColumn(key, out c)) role = c;
        else field = FieldKeys.Values.Where(k => k != HeaderFieldKind.Other && HeaderLabels.FieldName(k) == key).Select(k => (HeaderFieldKind?)k).FirstOrDefault();
        return field is not null || role is not null;
    }

    private void AddOnce<T>(Dictionary<string, T> map, string label, T value)
    {
        var key = Normalize(label);
        if (key.Length == 0) throw new FormatException("labels.json：有空的标签「" + label + "」（去掉标点和空白后为空）；请删除它");
        if (map.TryGetValue(key, out var existing) && !EqualityComparer<T>.Default.Equals(existing, value))
        {
            throw new FormatException("labels.json：标签「" + label + "」在两个不同的键下都列出了；一个标签只能属于一个字段、列或区域");
        }

        map[key] = value;
    }

    /// <summary>Drops a trailing bracket that holds a unit or a score: (万元), (元), (50分), (0-20分), (%).</summary>
    private static string WithoutUnitOrScore(string t)
    {
        if (!t.EndsWith(")", StringComparison.Ordinal)) return t;
        var open = t.LastIndexOf('(');
        if (open <= 0) return t;
        var inner = t.Substring(open + 1, t.Length - open - 2);
        var unitOrScore = inner.Length is > 0 and <= 10 && (inner.EndsWith("元", StringComparison.Ordinal) || inner.EndsWith("分", StringComparison.Ordinal) || inner == "%" || inner == "百分比");
        return unitOrScore ? t.Substring(0, open) : t;
    }

    /// <summary>A label without its list numbering: <c>2.项目实施内容</c>, <c>一、预算资金</c>, <c>(一)财政拨款</c>.</summary>
    private static string WithoutNumbering(string t)
    {
        var i = 0;
        while (i < t.Length && (t[i] is >= '0' and <= '9' || "一二三四五六七八九十".IndexOf(t[i]) >= 0)) i++;
        if (i > 0 && i < t.Length - 1 && t[i] is '.' or '、') return t.Substring(i + 1);
        if (t.Length > 3 && t[0] == '(')
        {
            var close = t.IndexOf(')');
            if (close is > 1 and <= 3 && t.Substring(1, close - 1).All(c => "一二三四五六七八九十".IndexOf(c) >= 0 || c is >= '0' and <= '9') && close < t.Length - 1) return t.Substring(close + 1);
        }

        return t;
    }

    private static MiniJson.JsonObject Section(MiniJson.JsonObject root, string name) =>
        root.Values.TryGetValue(name, out var v) && v is MiniJson.JsonObject o ? o : throw new FormatException("labels.json：" + name + " 应是 JSON 对象");

    private static IEnumerable<string> Strings(MiniJson.JsonObject o, string name)
    {
        if (!o.Values.TryGetValue(name, out var v) || v is not List<object?> list) throw new FormatException("labels.json：" + name + " 应是字符串数组");
        foreach (var item in list) yield return item as string ?? throw new FormatException("labels.json：" + name + " 中只能有字符串");
    }

    private static LabelVocabulary LoadEmbedded()
    {
        using var stream = typeof(LabelVocabulary).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded label vocabulary " + ResourceName + " is missing from " + typeof(LabelVocabulary).Assembly.GetName().Name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }
}

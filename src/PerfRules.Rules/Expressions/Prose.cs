using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using PerfRules.Checks;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Expressions;

/// <summary>
/// Rule-expression helpers over prose fields (立项必要性 … 年度目标): repeated sentences and document
/// references (S11), identical fields (S11), and the numbers 年度目标 promises (C04).
/// Registered for rule expressions as <c>Prose</c>.
/// </summary>
public static class Prose
{
    private const int MinimumSentenceLength = 8;
    private const int ShownSentenceLength = 40;

    // The prose regexes run on every table of a batch, so a wall-clock match timeout would turn a busy machine into
    // an engine error on valid input. On .NET none has one: the patterns without lookarounds run on the
    // non-backtracking engine (linear in the text), PromiseNumber is compiled and linear by construction (a
    // lookbehind that fails inside a run of digits, then one greedy digit run and a fixed set of units). Elsewhere
    // (netstandard2.0) they keep their one-second timeout.
#if NET
    private const RegexOptions CompiledOnNet = RegexOptions.Compiled;
    private const RegexOptions Linear = RegexOptions.NonBacktracking;
    private static readonly TimeSpan Budget = Regex.InfiniteMatchTimeout;
#else
    private const RegexOptions CompiledOnNet = RegexOptions.None;
    private const RegexOptions Linear = RegexOptions.None;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(1);
#endif

    private static readonly Regex Tag = new("<[^>]*>", RegexOptions.CultureInvariant | Linear, Budget);

    private static readonly char[] SentenceEnds = { '。', '！', '？', '；', ';', '!', '?', '\n', '\r' };

    // A 文号 (document number): issuer, 〔year〕, number 号 — 工信部企业〔2022〕63号, 苏工信规〔2023〕2号.
    private static readonly Regex DocumentReference = new(
        @"[\p{IsCJKUnifiedIdeographs}A-Za-z]+[〔\[［]\s*\d{4}\s*[〕\]］]\s*\d+\s*号",
        RegexOptions.CultureInvariant | Linear, Budget);

    // A number directly followed by a counting unit (Units: counts and money). Not preceded by a
    // letter, digit (of any script: 第１２届 is an ordinal too, and a match never starts inside a run of digits,
    // which keeps the pattern linear), '.', '-' or 第 (model names PM2.5/6G, decimals, ranges 2025-2027, ordinals 第11届).
    internal static readonly Regex PromiseNumber = new(
        @"(?<![A-Za-z0-9\d.．\-—~～第])(?<n>\d+(?:\.\d+)?)(?<m>[万亿](?![千万亿]?元))?(?<u>" + CountingUnits() + ")",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | CompiledOnNet, Budget);

    /// <summary>
    /// S11: sentences and document references (文号) that occur more than once in a prose field, in
    /// order of first occurrence. Empty for non-prose fields.
    /// </summary>
    public static IReadOnlyList<string> Repeats(TableField field)
    {
        if (field is null) throw new ArgumentNullException(nameof(field));
        return field.IsProse ? TableFacts.ProseOf(field).Repeats : Array.Empty<string>();
    }

    /// <summary>Sentences and document references that occur more than once in <paramref name="text"/>.</summary>
    public static IReadOnlyList<string> Repeats(string? text)
    {
        if (CheckText.IsBlank(text)) return new List<string>();
        return RepeatsOfPlain(PlainText(text!));
    }

    /// <summary><see cref="Repeats(string)"/> of a text whose HTML is already removed (<see cref="PlainText"/>).</summary>
    internal static IReadOnlyList<string> RepeatsOfPlain(string plain)
    {
        List<string>? result = null;
        var repeatedSentences = RepeatedSentences(plain);
        if (repeatedSentences is not null)
        {
            result = new List<string>();
            foreach (var s in repeatedSentences) result.Add(s.Length > ShownSentenceLength ? s.Substring(0, ShownSentenceLength) + "…" : s);
        }

        // A 文号 needs an opening bracket: without one the regex cannot match and is not run.
        if (plain.IndexOfAny(OpeningBrackets) >= 0)
        {
            var (references, counts) = DocumentReferences(plain);
            for (var i = 0; i < references.Count; i++)
            {
                // A reference inside a repeated sentence is already reported with the sentence.
                if (counts[i] > 1 && (repeatedSentences is null || !InsideAny(references[i], repeatedSentences))) (result ??= new List<string>()).Add(references[i]);
            }
        }

        return (IReadOnlyList<string>?)result ?? Array.Empty<string>();
    }

    /// <summary>The sentences of at least <see cref="MinimumSentenceLength"/> characters that occur more than once, normalised, in order; or null.</summary>
    private static List<string>? RepeatedSentences(string plain)
    {
        // Sentences are compared in their normalised form without building it: a piece is keyed by its
        // place in the text and compared as CheckText.SameName compares (white space skipped, full-width folded).
        var seenSentences = SentenceCounts.Rent(plain);
        List<string>? repeatedSentences = null;
        var start = 0;
        while (start < plain.Length)
        {
            var end = plain.IndexOfAny(SentenceEnds, start);
            if (end < 0) end = plain.Length;
            if (end > start && NormalizedLength(plain, start, end) >= MinimumSentenceLength)
            {
                var key = new Piece(start, end);
                seenSentences.TryGetValue(key, out var count);
                seenSentences[key] = count + 1;
                if (count == 1) (repeatedSentences ??= new List<string>()).Add(CheckText.Normalize(plain.Substring(start, end - start)));
            }

            start = end + 1;
        }

        SentenceCounts.Return(seenSentences);
        return repeatedSentences;
    }

    /// <summary>The documents (文号) cited in the text, each with the number of its citations, in order of first citation.</summary>
    private static (List<string> References, List<int> Counts) DocumentReferences(string plain)
    {
        // Two citations are the same document when their 〔year〕number号 agree and one issuer is the
        // tail of the other (依据宁政发〔2025〕176号 and 宁政发〔2025〕176号): prose runs into the issuer.
        var references = new List<string>();
        var counts = new List<int>();
        foreach (Match m in DocumentReference.Matches(plain))
        {
            var reference = CheckText.Normalize(m.Value);
            var found = -1;
            for (var i = 0; i < references.Count && found < 0; i++)
            {
                if (SameDocument(references[i], reference)) found = i;
            }

            if (found < 0)
            {
                references.Add(reference);
                counts.Add(1);
                continue;
            }

            if (reference.Length < references[found].Length) references[found] = reference;
            counts[found]++;
        }

        return (references, counts);
    }

    /// <summary>The length of <c>text[start..end)</c> once normalised (<see cref="CheckText.Normalize"/> only drops white space).</summary>
    private static int NormalizedLength(string text, int start, int end)
    {
        var n = 0;
        for (var i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(text[i])) n++;
        }

        return n;
    }

    /// <summary>
    /// S11: the label of an earlier prose field whose text is identical to this one (after HTML and
    /// white space are removed), or null. Blank fields are never identical.
    /// </summary>
    public static string? IdenticalEarlierField(PerformanceTable table, TableField field)
    {
        if (table is null) throw new ArgumentNullException(nameof(table));
        if (field is null) throw new ArgumentNullException(nameof(field));
        if (!field.IsProse || field.IsBlank) return null;
        var facts = TableFacts.For(table);
        var index = facts.IndexOfField(field);
        if (index >= 0) return facts.IdenticalEarlierField(index);

        // A field that is not one of the table's own (built by the caller): compared the same way, unshared.
        var mine = PlainText(field.Text!);
        foreach (var other in facts.Fields)
        {
            if (string.Equals(other.Label, field.Label, StringComparison.Ordinal)) return null;
            if (other.IsProse && !other.IsBlank && CheckText.SameName(PlainText(other.Text!), mine)) return other.Label;
        }

        return null;
    }

    /// <summary>
    /// C04: the numbers with a counting unit that <paramref name="text"/> promises, in order, each
    /// distinct quantity once. Not promises: years and dates (2026年), ordinals (第十届, 第11届), version
    /// and model names (2026版, 6G, PM2.5), durations (3个月), percentages, 文号, and numbers written in
    /// Chinese numerals (一年两次 is a schedule, not a count to cover).
    /// </summary>
    public static IReadOnlyList<Promise> Promises(string? text)
    {
        var result = new List<Promise>();
        if (CheckText.IsBlank(text)) return result;
        var plain = PlainText(text!);

        // A promise starts with a digit: without one the regex cannot match and is not run.
        if (!HasDigit(plain)) return result;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        MatchCollection? references = null;
#if NET
        // Matches as (index, length) only; the groups are split off by hand (PromiseParts), with no Match objects.
        foreach (var m in PromiseNumber.EnumerateMatches(plain))
#else
        foreach (Match m in PromiseNumber.Matches(plain))
#endif
        {
            var parts = PromiseParts.Of(plain, m.Index, m.Length);
            var unit = parts.Unit;
            var after = m.Index + m.Length;
            if (unit == "个" && (At(plain, after, "月") || At(plain, after, "百分点") || At(plain, after, "工作日") || At(plain, after, "小时")))
            {
                continue;
            }

            // Rates such as 500元/人 are levels, not counts; so is 每村4400元 (the same rate written with 每).
            if (At(plain, after, "/") || At(plain, after, "／")) continue;
            if (AfterEach(plain, m.Index)) continue;
            if (InsideDocumentReference(plain, m.Index, ref references)) continue;

            // A number beyond decimal (a 60-digit typo) is no promise an indicator could carry.
            if (!decimal.TryParse(CheckText.AsciiDigits(parts.Number), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)) continue;
            var magnitude = parts.Magnitude switch
            {
                '万' => Magnitude.TenThousand,
                '亿' => Magnitude.HundredMillion,
                _ => Magnitude.None,
            };
            var promise = new Promise(number, magnitude, unit, m.Index);
            if (seen.Add(promise.ToString())) result.Add(promise);
        }

        return result;
    }

    /// <summary>True when 每 (each) precedes the number within a short noun (每村4400元, 每人500元, 每场次2000元).</summary>
    private static bool AfterEach(string text, int index)
    {
        for (var i = index - 1; i >= 0 && i >= index - 4; i--)
        {
            var c = text[i];
            if (c == '每') return true;
            if (c is < '\u4E00' or > '\u9FFF') return false;
        }

        return false;
    }

    /// <summary>Text without HTML tags (a tag becomes a line break) and with the common entities decoded.</summary>
    internal static string PlainText(string text) =>
        text.IndexOf('<') < 0 && text.IndexOf('&') < 0 ? text : Tag.Replace(text, "\n").Replace("&nbsp;", " ").Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&");

    private static bool SameDocument(string a, string b)
    {
        var ia = a.IndexOfAny(OpeningBrackets);
        var ib = b.IndexOfAny(OpeningBrackets);
        if (ia < 0 || ib < 0 || !string.Equals(a.Substring(ia), b.Substring(ib), StringComparison.Ordinal)) return false;
        var pa = a.Substring(0, ia);
        var pb = b.Substring(0, ib);
        return pa.EndsWith(pb, StringComparison.Ordinal) || pb.EndsWith(pa, StringComparison.Ordinal);
    }

    private static readonly char[] OpeningBrackets = { '〔', '[', '［' };

    private static bool InsideAny(string part, List<string> sentences)
    {
        foreach (var s in sentences)
        {
            if (s.IndexOf(part, StringComparison.Ordinal) >= 0) return true;
        }

        return false;
    }

    /// <summary>True when <paramref name="text"/> continues with <paramref name="part"/> at <paramref name="index"/>.</summary>
    private static bool At(string text, int index, string part) =>
        text.Length - index >= part.Length && string.CompareOrdinal(text, index, part, 0, part.Length) == 0;

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c)) return true;
        }

        return false;
    }

    /// <summary>True when <paramref name="index"/> lies inside a 文号; the 文号 are found once per text (and not at all without a bracket).</summary>
    private static bool InsideDocumentReference(string text, int index, ref MatchCollection? references)
    {
        if (references is null)
        {
            if (text.IndexOfAny(OpeningBrackets) < 0) return false;
            references = DocumentReference.Matches(text);
        }

        foreach (Match m in references)
        {
            if (index >= m.Index && index < m.Index + m.Length) return true;
        }

        return false;
    }

    private static string CountingUnits()
    {
        var units = new List<string>(PromiseUnits());
        for (var i = 0; i < units.Count; i++) units[i] = Regex.Escape(units[i]);
        return string.Join("|", units);
    }

    /// <summary>The counting and money units a promise may end in, longest first (the alternation of <see cref="PromiseNumber"/>).</summary>
    internal static List<string> PromiseUnits()
    {
        var units = new List<string>();
        foreach (var u in Units.KnownUnits)
        {
            if (Units.Classify(u) is UnitCategory.Count or UnitCategory.Money && u.Length > 0 && !IsAsciiLetterOrDigit(u[0])) units.Add(u);
        }

        // Longest first so 人次 wins over 人 and 万元 over 元.
        units.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
        return units;
    }

    private static bool IsAsciiLetterOrDigit(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

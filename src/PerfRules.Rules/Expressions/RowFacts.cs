using PerfRules.Checks;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Expressions;

/// <summary>
/// What the rules ask about one indicator row's name and hierarchy, worked out once per row
/// (<see cref="TableFacts"/>) instead of once per rule and cell: the normalised name and where its
/// unit bracket starts, the canonical 一级/二级, and the name tests (rate, bounded rate, standard,
/// placeholder, criterion word, expected direction).
/// </summary>
internal sealed class RowFacts
{
    /// <summary>The row these facts are about.</summary>
    public Indicator Indicator { get; private set; } = null!;

    /// <summary>The name normalised (<see cref="CheckText.Normalize"/>).</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>The length of <see cref="Name"/> without its trailing unit bracket.</summary>
    public int StemEnd { get; private set; }

    /// <summary>The canonical 一级, or null.</summary>
    public string? Level1 { get; private set; }

    /// <summary>The canonical 二级 when it belongs to the 一级, or null.</summary>
    public string? Level2 { get; private set; }

    /// <summary>The name is a rate (<see cref="ValueChecks.IsRateName"/>).</summary>
    public bool IsRate => _isRate.Get(this, static r => ValueChecks.IsRateStem(r.Name, r.StemEnd) || DomainFacts.IsPercentageUnit(Units.FromIndicatorName(r.Indicator.Name)));

    /// <summary>The name is a rate bounded by 100% (<see cref="ValueChecks.IsBoundedRateName"/>).</summary>
    public bool IsBoundedRate => _isBoundedRate.Get(this, static r => ValueChecks.IsBoundedRateStem(r.Name, r.StemEnd));

    /// <summary>The name is one of the 11 standard 决策/过程 indicators.</summary>
    public bool IsStandard { get; private set; }

    /// <summary>The name is a template placeholder (<see cref="IndicatorSetChecks.IsPlaceholderName"/>).</summary>
    public bool IsPlaceholder { get; private set; }

    /// <summary>The criterion word an X性 name expects, or null.</summary>
    public string? CriterionWord => _criterionWord.Get(this, static r => DomainFacts.CriterionWordFor(r.Indicator.Name));

    /// <summary>The comparison the name's nature asks for (V07).</summary>
    public Comparison ExpectedComparison => _expectedComparison.Get(this, static r => Values.ExpectedComparison(r.Indicator.Direction, r.Name, r.StemEnd));

    /// <summary>The row (<see cref="Indicator.Row"/>) where a row of the same normalised name first appears, this row's own when none earlier.</summary>
    public int FirstRowSameName { get; internal set; }

    // The costlier tests are worked out on first use: most rows never need them (V03 asks for the criterion
    // word only of a word-valued cell, V05 for the bound only of a percentage, V07 for the direction only of a number).
    private OnFirstUse<bool> _isRate;
    private OnFirstUse<bool> _isBoundedRate;
    private OnFirstUse<string?> _criterionWord;
    private OnFirstUse<Comparison> _expectedComparison;

    /// <summary>Facts of <paramref name="indicator"/> on their own (not sharing a table's: <see cref="FirstRowSameName"/> is its own row).</summary>
    public static RowFacts Of(Indicator indicator)
    {
        var facts = new RowFacts();
        facts.Set(indicator);
        return facts;
    }

    /// <summary>Works the facts out for <paramref name="indicator"/>, replacing the previous row's.</summary>
    public void Set(Indicator indicator)
    {
        Indicator = indicator;
        var name = CheckText.Normalize(indicator.Name);
        var end = CheckText.EndWithoutBracket(name);
        Name = name;
        StemEnd = end;
        Level1 = HierarchyChecks.CanonicalLevel1(indicator.Level1);
        Level2 = Level1 is null ? null : HierarchyChecks.CanonicalLevel2(indicator.Level1, indicator.Level2);
        IsStandard = DomainFacts.IsStandardNormalized(name);
        IsPlaceholder = IndicatorSetChecks.IsPlaceholderNormalized(name);
        FirstRowSameName = indicator.Row;
        _isRate = default;
        _isBoundedRate = default;
        _criterionWord = default;
        _expectedComparison = default;
    }

    /// <summary>A fact of the row worked out on its first use and kept until the row is set to another indicator.</summary>
    private struct OnFirstUse<T>
    {
        private bool _known;
        private T _value;

        public T Get(RowFacts row, System.Func<RowFacts, T> compute)
        {
            if (!_known)
            {
                _value = compute(row);
                _known = true;
            }

            return _value;
        }
    }
}

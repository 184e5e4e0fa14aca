using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfRules.Testing;
using PerfRules.Values;

namespace PerfRules.Core.Tests.Values;

/// <summary>Laws of the value type: parsing never throws, canonical text round-trips, equality and comparison are consistent.</summary>
public class ValueProperties
{
    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 3000)]
    public void Parsing_never_throws_on_any_text(AnyCellText cell)
    {
        var result = IndicatorValueParser.Parse(cell.Text);
        if (!result.IsSuccess)
        {
            Assert.InRange(result.Error.Offset, 0, cell.Text.Length);
            Assert.InRange(result.Error.Offset + result.Error.Length, result.Error.Offset, cell.Text.Length);
            Assert.Same(cell.Text, result.Error.Text);
        }
    }

    [Property(MaxTest = 2000)]
    public void Parsing_never_throws_on_arbitrary_strings_and_names(string? text, string? name) =>
        _ = IndicatorValueParser.Parse(text, name);

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 3000)]
    public void Parse_of_format_gives_back_the_value(IndicatorValue value)
    {
        var reparsed = IndicatorValue.Parse(value.ToString());
        Assert.Equal(value, reparsed);
        Assert.Equal(value.GetHashCode(), reparsed.GetHashCode());
        Assert.Equal(value.ToString(), reparsed.ToString());
        Assert.True(value.IsCanonical);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 500)]
    public void Every_case_round_trips(NumericValue n, RangeValue r, QualitativeValue q, OnScheduleValue o, DateValue d, FreeTextValue f, EmptyValue e)
    {
        foreach (var value in new IndicatorValue[] { n, r, q, o, d, f, e })
        {
            Assert.Equal(value, IndicatorValue.Parse(value.ToString()));
        }
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 3000)]
    public void Format_of_parse_reparses_to_the_same_value(AnyCellText cell) => AssertStable(cell.Text);

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 2000)]
    public void Near_valid_text_is_stable_too(NearValidCellText cell) => AssertStable(cell.Text);

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 2000)]
    public void Valid_text_is_stable_and_mostly_not_free_text(ValidCellText cell) => AssertStable(cell.Text);

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 2000)]
    public void Full_width_text_parses_like_its_half_width_form(ValidCellText cell)
    {
        var half = IndicatorValueParser.Parse(cell.Text);
        var full = IndicatorValueParser.Parse(Arbitraries.ToFullWidth(cell.Text));
        Assert.Equal(half.IsSuccess, full.IsSuccess);
        if (!half.IsSuccess)
        {
            // the fold is one character for one, so positions agree
            Assert.Equal(half.Error.Offset, full.Error.Offset);
            Assert.Equal(half.Error.Length, full.Error.Length);
        }
        else if (half.Value is not FreeTextValue)
        {
            Assert.Equal(half.Value, full.Value);
        }
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 2000)]
    public void Equality_and_hash_are_consistent(IndicatorValue a, IndicatorValue b)
    {
        Assert.Equal(a.Equals(b), b.Equals(a));
        Assert.Equal(a == b, a.Equals((object)b));
        if (a.Equals(b)) Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a.Equals(a));
        Assert.False(a.Equals(null));
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 2000)]
    public void IsMet_is_reflexive_where_defined(IndicatorValue value)
    {
        var verdict = ValueComparer.IsMet(value, value);
        switch (value)
        {
            case NumericValue { Comparison: Comparison.GreaterThan or Comparison.LessThan }:
                Assert.Equal(Attainment.NotMet, verdict); // strict comparisons exclude the bound itself
                break;
            case NumericValue or RangeValue or QualitativeValue or DateValue:
                if (value is DateValue { DateKind: DateValueKind.Period, Start.Year: null, End.Year: not null })
                {
                    break; // a period that starts without a year and ends with one is compared on its end alone
                }

                Assert.Equal(Attainment.Met, verdict);
                break;
            default:
                Assert.Equal(Attainment.NotComparable, verdict);
                break;
        }
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 2000)]
    public void Magnitude_comparison_is_antisymmetric(NumericValue a, NumericValue b)
    {
        Assert.True(ValueComparer.TryCompareMagnitude(a, a, out var self));
        Assert.Equal(0, self);
        var ab = ValueComparer.TryCompareMagnitude(a, b, out var x);
        var ba = ValueComparer.TryCompareMagnitude(b, a, out var y);
        Assert.Equal(ab, ba);
        if (ab) Assert.Equal(Math.Sign(x), -Math.Sign(y));
        Assert.Equal(Units.AreCompatible(a.Unit, b.Unit), ab);
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 1000)]
    public void Exactly_is_met_by_itself_in_any_convertible_unit(NumericValue value)
    {
        if (value.Unit is not ("万元" or "亿元" or "元" or "千元")) return;
        Units.GetBase(value.Unit, out _, out var factor);
        // An amount whose value in 元 is beyond decimal (79228162514264亿亿元) has no 元 spelling to compare with.
        if (Math.Abs(value.ScaledNumber) > decimal.MaxValue / factor) return;
        var inYuan = new NumericValue(Comparison.Unspecified, value.ScaledNumber * factor, "元");
        var target = new NumericValue(Comparison.Exactly, value.Number, value.Unit, magnitude: value.Magnitude);
        Assert.Equal(Attainment.Met, ValueComparer.IsMet(target, inYuan));
        Assert.True(ValueComparer.TryCompareMagnitude(value, inYuan, out var c));
        Assert.Equal(0, c);
    }

    [Fact]
    public void An_amount_beyond_decimal_in_yuan_compares_without_overflow()
    {
        // Found by the property above (replay (4714929444880247297,5015181411807374623,18)): the test's own 元 conversion
        // overflowed. The library does not throw: an amount whose 元 value is beyond decimal cannot be scaled, so it is not comparable.
        var huge = Assert.IsType<NumericValue>(IndicatorValueParser.Parse(">79228162514264亿亿元").Value);
        var exactly = new NumericValue(Comparison.Exactly, huge.Number, huge.Unit, magnitude: huge.Magnitude);
        Assert.Equal(Attainment.NotComparable, ValueComparer.IsMet(exactly, huge));
        Assert.False(ValueComparer.TryCompareMagnitude(huge, new NumericValue(Comparison.Unspecified, 1m, "元"), out _));

        // Magnitude_comparison_is_antisymmetric's replay (17551442854747529982,4830553930414827767,62): the amount did not
        // compare with itself. Amounts in one unit are compared unscaled, and a larger unit is scaled into a smaller one.
        Assert.True(ValueComparer.TryCompareMagnitude(huge, huge, out var self));
        Assert.Equal(0, self);
        var other = new NumericValue(Comparison.Unspecified, 5m, huge.Unit, magnitude: huge.Magnitude);
        Assert.True(ValueComparer.TryCompareMagnitude(huge, other, out var bigger));
        Assert.Equal(1, bigger);
    }

    private static void AssertStable(string text)
    {
        var first = IndicatorValueParser.Parse(text);
        if (!first.IsSuccess) return;
        var printed = first.Value.ToString();
        var second = IndicatorValueParser.Parse(printed);
        Assert.True(second.IsSuccess, printed);
        Assert.Equal(first.Value, second.Value);
        Assert.Equal(printed, second.Value.ToString());
    }
}

public class ColumnProperties
{
    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 2000)]
    public void Column_values_print_to_text_that_parses_back(ValidCellText value, int unitIndex, bool withOperator)
    {
        var units = System.Linq.Enumerable.ToArray(System.Linq.Enumerable.OrderBy(Units.KnownUnits, u => u, StringComparer.Ordinal));
        var unit = units[(int)((uint)unitIndex % (uint)units.Length)];
        var result = IndicatorValueParser.ParseColumns(withOperator ? "≥" : "定量", value.Text, unit);
        if (!result.IsSuccess) return;
        Assert.Equal(result.Value, IndicatorValue.Parse(result.Value.ToString()));
    }
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PerfRules.Testing;
using PerfRules.Values;

namespace PerfRules.Samples.ConsumerTests;

/// <summary>
/// What a consumer would write with PerfRules.Testing: "my own rule never throws and agrees with PerfRules'
/// classification". <c>Arbitrary = new[] { typeof(Arbitraries) }</c> brings every generator of the package.
/// </summary>
[Properties(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 2000)]
public class ConsumerProperties
{
    /// <summary>Whatever users type (valid, near-valid, full-width, control characters, lone surrogates), my code does not throw.</summary>
    [Property]
    public void My_reader_never_throws(AnyCellText cell) => _ = LegacyPercentTarget.TryRead(cell.Text, out _);

    /// <summary>When my reader sees a percentage, PerfRules reads the same number as a percentage.</summary>
    [Property]
    public Property My_reader_agrees_with_PerfRules_on_valid_cells(ValidCellText cell)
    {
        var mine = LegacyPercentTarget.TryRead(cell.Text, out var percent);
        // IndicatorValueParser.Parse never throws: a refusal comes back as a positioned error.
        var theirs = IndicatorValueParser.Parse(cell.Text);
        return (!mine || (theirs.IsSuccess && theirs.Value is NumericValue n && n.IsPercentage && n.Number == percent))
            .Label("「" + cell.Text + "」: mine " + (mine ? percent + "%" : "no") + ", PerfRules " + (theirs.IsSuccess ? theirs.Value!.Kind.ToString() : "error"));
    }

    /// <summary>The same on text one edit away from valid, where home-grown parsers usually go wrong.</summary>
    [Property]
    public Property My_reader_agrees_with_PerfRules_on_near_valid_cells(NearValidCellText cell)
    {
        var mine = LegacyPercentTarget.TryRead(cell.Text, out var percent);
        // IndicatorValueParser.Parse never throws: a refusal comes back as a positioned error.
        var theirs = IndicatorValueParser.Parse(cell.Text);
        return (!mine || (theirs.IsSuccess && theirs.Value is NumericValue n && n.IsPercentage && n.Number == percent))
            .Label("「" + cell.Text + "」: mine " + (mine ? percent + "%" : "no") + ", PerfRules " + (theirs.IsSuccess ? theirs.Value!.Kind.ToString() : "error"));
    }

    /// <summary>Generated canonical values print to text my reader understands when PerfRules calls it a plain ≥ percentage.</summary>
    [Property]
    public Property Canonical_percentages_are_read_by_my_reader(NumericValue value)
    {
        var text = value.ToString();
        var plain = value.IsPercentage && value.Unit == "%" && value.Comparison is Comparison.AtLeast or Comparison.Exactly && value.Magnitude == Magnitude.None && value.Number >= 0 && value.Number < 1_000_000;
        return (!plain || (LegacyPercentTarget.TryRead(text, out var p) && p == value.Number)).Label(text);
    }
}

using FsCheck;
using FsCheck.Fluent;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Testing;

/// <summary>Generators of single indicator rows (三级指标 with their 一级/二级 and half-year/full-year targets).</summary>
public static partial class Arbitraries
{
    /// <summary>
    /// One indicator row shaped like the seeds: a 一级/二级/三级 triple from the domain hierarchy (the 11
    /// standard 决策/过程 rows with their criterion words, and 产出/效益/满意度/成本 rows with bracket units
    /// such as <c>设备购置数量（台）</c>), a full-year target of any kind and a half-year target that is
    /// 序时进度, the same or another value; row 1–40 and source line 1–300; sometimes a weight, a direction
    /// (正向) and an explanation, as other provinces' layouts carry them.
    /// </summary>
    /// <example>
    /// <code>
    /// [Property(Arbitrary = new[] { typeof(Arbitraries) })]
    /// public bool My_check_never_throws(Indicator indicator) { MyChecks.Run(indicator); return true; }
    /// </code>
    /// </example>
    public static Arbitrary<Indicator> Indicator() => IndicatorGen.ToArbitrary();

    /// <summary>The generator behind <see cref="Indicator()"/>, for composing your own.</summary>
    public static Gen<Indicator> IndicatorGen =>
        Gen.Frequency(
            (1, from s in Gen.Elements(Standard)
                select new Indicator(0, s.Level1, s.Level2, s.Name, StandardValue(s.Name, s.Word, half: true), StandardValue(s.Name, s.Word, half: false))),
            (4, from section in Gen.Elements(Sections)
                from name in Gen.Elements(section.Names)
                from values in ValuePairGen(name, awkward: false)
                select new Indicator(0, section.Level1, section.Level2, name, values.Half, values.Full) { Unit = BracketUnit(name) }))
        .SelectMany(i =>
            from row in Gen.Choose(1, 40)
            from line in Gen.Choose(1, 300)
            from attributes in Gen.Elements(false, false, false, true)
            select i with
            {
                Row = row,
                Line = line,
                Weight = attributes ? 10m : null,
                Direction = attributes ? "正向" : null,
                Explanation = attributes ? "考察" + i.Name + "情况" : null,
            });
}

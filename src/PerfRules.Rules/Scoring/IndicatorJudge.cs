using System;
using System.Globalization;
using PerfRules.Actuals;
using PerfRules.Tables;
using PerfRules.Values;

namespace PerfRules.Rules.Scoring;

/// <summary>
/// Judges one indicator's actual against its target (docs/scoring.md "Per-indicator score"): attainment in
/// [0, 1] via <see cref="ScoreFormula"/> with weight 1, or why it cannot be judged.
/// </summary>
internal static class IndicatorJudge
{
    public static Verdict Judge(Indicator indicator, IndicatorValue target, IndicatorActual? actual, ScoringMoment context)
    {
        if (target is EmptyValue)
        {
            return context.Point == EvaluationPoint.HalfYear && indicator.FullYear is not EmptyValue
                ? Verdict.NotDue("半年指标值为空：年中没有应达成的目标。")
                : Verdict.NotScored("指标值为空：不计分，其权重由本部分其他指标分摊。");
        }

        IndicatorValue? value = null;
        string? invalid = null;
        if (actual is not null && !actual.IsMissing)
        {
            var parsed = actual.Parse(indicator.Name);
            if (parsed.IsSuccess) value = parsed.Value;
            else invalid = parsed.Error.Message;
        }

        if (target is DateValue deadline) return JudgeDate(deadline, value, actual, invalid, context);
        if (actual is null || actual.IsMissing) return Missing(target, context);
        if (invalid is not null) return Verdict.NotComparable("实际完成值“" + actual.Value + "”无法识别（" + invalid + "），无法与指标值“" + target + "”比较。");

        if (target is FreeTextValue || value is FreeTextValue)
        {
            if (actual.Judgement is { } judgement) return Verdict.Judged(ScoreFormula.Judged(1m, judgement), "按评价判断“" + ActualsJson.JudgementText(judgement) + "”计分。");
            return target is FreeTextValue
                ? Verdict.NotComparable("指标值“" + target + "”为文字描述，无法与实际完成值“" + actual.Value + "”自动比较；请在实际值中给出判断（met / partiallyMet / notMet）。")
                : Verdict.NotComparable("实际完成值“" + actual.Value + "”为文字描述，无法与指标值“" + target + "”比较；请按指标值的写法填写（如“" + Example(target) + "”），或给出判断。");
        }

        return target switch
        {
            NumericValue numeric => JudgeNumeric(indicator, numeric, value!, actual.Value!),
            RangeValue range => JudgeRange(range, value!, actual.Value!),
            QualitativeValue word => JudgeQualitative(word, value!, actual.Value!),
            OnScheduleValue onSchedule => JudgeOnSchedule(indicator, onSchedule, value!, actual.Value!, context),
            _ => Verdict.NotComparable("指标值“" + target + "”无法用于计分。"),
        };
    }

    /// <summary>The comparison a numeric target is scored with: a bare number follows a declared 反向 direction, else ≥.</summary>
    public static Comparison EffectiveComparison(Indicator indicator, NumericValue target) =>
        target.Comparison != Comparison.Unspecified ? target.Comparison
        : indicator.Direction is { } d && d.IndexOf("反向", StringComparison.Ordinal) >= 0 ? Comparison.AtMost
        : Comparison.AtLeast;

    private static Verdict Missing(IndicatorValue target, ScoringMoment context) =>
        Verdict.Missing("指标值“" + target + "”" + (context.AsOf is { } d ? "截至 " + Date(d) : string.Empty) + "应有实际完成值，但未提供。");

    private static Verdict JudgeNumeric(Indicator indicator, NumericValue target, IndicatorValue value, string actualText)
    {
        if (value is not NumericValue actual) return KindMismatch(target, value, actualText);
        if (!ValueAlignment.TryAlign(target, actual, out var t, out var a)) return UnitMismatch(target.ToString(), target.Unit, actual.Unit, actualText);
        var attainment = EffectiveComparison(indicator, target) is Comparison.AtMost or Comparison.LessThan
            ? ScoreFormula.AtMost(1m, a, t)
            : ScoreFormula.AtLeast(1m, a, t);
        return Verdict.Judged(attainment);
    }

    private static Verdict JudgeRange(RangeValue target, IndicatorValue value, string actualText)
    {
        if (value is not NumericValue actual) return KindMismatch(target, value, actualText);
        if (!ValueAlignment.TryToUnit(actual.ScaledNumber, actual.Unit, target.Unit, out var a)) return UnitMismatch(target.ToString(), target.Unit, actual.Unit, actualText);
        return Verdict.Judged(ScoreFormula.Range(1m, a, target.Low, target.High));
    }

    private static Verdict JudgeQualitative(QualitativeValue target, IndicatorValue value, string actualText)
    {
        if (value is not QualitativeValue actual) return KindMismatch(target, value, actualText);
        if (string.Equals(actual.Word, target.Word, StringComparison.Ordinal)) return Verdict.Judged(1m);

        if (ValueAlignment.IsYesNo(target))
        {
            // A 是否… question: the target word is the desired answer (否 is a valid target).
            if (ValueAlignment.IsYesNo(actual)) return Verdict.Judged(ValueAlignment.IsAffirmative(actual) == ValueAlignment.IsAffirmative(target) ? 1m : 0m);
            if (!ValueAlignment.IsAffirmative(target)) return ScaleMismatch(target, actual);
        }

        if (!ValueAlignment.SameScale(target, actual)) return ScaleMismatch(target, actual);
        if (ValueAlignment.IsNotMetWord(actual)) return Verdict.Judged(0m, "“" + actual.Word + "”表示未达成，得 0 分。");

        // A falling target (下降, for costs or complaints) is met by falling; rising is below it.
        var ranksBelow = ValueAlignment.IsFalling(target) ? target.Rank - actual.Rank : actual.Rank - target.Rank;
        return Verdict.Judged(ScoreFormula.Qualitative(1m, ranksBelow), ranksBelow > 0 ? "“" + actual.Word + "”低于“" + target.Word + "” " + ranksBelow.ToString(CultureInfo.InvariantCulture) + " 档。" : null);
    }

    private static Verdict JudgeOnSchedule(Indicator indicator, OnScheduleValue target, IndicatorValue value, string actualText, ScoringMoment context)
    {
        if (value is OnScheduleValue) return Verdict.Judged(1m, "实际报告为序时进度，视为达成。");
        if (context.Share is not { } share) return Verdict.NotComparable("指标值为“序时进度”，但评价日期或年度未知，无法计算应完成的比例。");

        NumericValue? due = null;
        if (target.Amount is { } amount)
        {
            due = new NumericValue(Comparison.AtLeast, amount * share, (indicator.FullYear as NumericValue)?.Unit ?? (value as NumericValue)?.Unit);
        }
        else if (indicator.FullYear is NumericValue full)
        {
            var comparison = EffectiveComparison(indicator, full) is Comparison.AtMost or Comparison.LessThan ? Comparison.AtMost : Comparison.AtLeast;
            due = new NumericValue(comparison, full.ScaledNumber * share, full.Unit);
        }
        else if (indicator.FullYear is RangeValue fullRange)
        {
            due = new NumericValue(Comparison.AtLeast, Math.Min(fullRange.Low, fullRange.High) * share, fullRange.Unit);
        }

        if (due is null) return Verdict.NotComparable("指标值为“序时进度”，但全年指标值“" + indicator.FullYear + "”不是数值，无法换算应完成量；实际完成值“" + actualText + "”无法比较。");
        var verdict = JudgeNumeric(indicator, due, value, actualText);
        var basis = "序时进度 " + ScoreText.Percent(share) + " × 全年“" + (target.Amount is { } a ? ValueText.FormatNumber(a) : indicator.FullYear.ToString()) + "” = " + ValueText.FormatNumber(Math.Round(due.Number, 4, MidpointRounding.AwayFromZero)) + (due.Unit ?? string.Empty);
        return verdict.Status == ScoreStatus.NotComparable ? verdict : Verdict.Judged(verdict.Attainment, basis + "。");
    }

    private static Verdict JudgeDate(DateValue target, IndicatorValue? value, IndicatorActual? actual, string? invalid, ScoringMoment context)
    {
        var deadline = LastDay(target.DateKind == DateValueKind.Period && target.End is { } end ? end : target.Start, context.Year ?? context.AsOf?.Year);
        var due = deadline is null || context.AsOf is null || deadline <= context.AsOf;
        var notDue = "截止时间“" + target + "”晚于评价日期 " + (context.AsOf is { } d ? Date(d) : string.Empty) + "，尚未到期。";

        if (actual is null || actual.IsMissing) return due ? Missing(target, context) : Verdict.NotDue(notDue);
        if (invalid is not null) return Verdict.NotComparable("实际完成值“" + actual.Value + "”无法识别（" + invalid + "），无法与指标值“" + target + "”比较。");

        Verdict verdict;
        if (value is DateValue done)
        {
            var finished = LastDay(done.DateKind == DateValueKind.Period && done.End is { } doneEnd ? doneEnd : done.Start, context.Year ?? context.AsOf?.Year);
            verdict = finished is null || deadline is null
                ? Verdict.NotComparable("实际完成时间“" + actual.Value + "”或指标值“" + target + "”缺少年份，无法比较。")
                : Verdict.Judged(finished <= deadline ? 1m : 0m, finished <= deadline ? null : "实际完成时间“" + actual.Value + "”晚于“" + target + "”。");
        }
        else if (value is QualitativeValue word && word.QualitativeKind == QualitativeKind.Completion && !ValueAlignment.IsYesNo(word))
        {
            // 按时完成 / 基本完成 / 未完成 answer a deadline directly: ranked as a completion word against 按时.
            verdict = Verdict.Judged(ScoreFormula.Qualitative(1m, word.Rank, ValueAlignment.IsNotMetWord(word)));
        }
        else if (value is FreeTextValue && actual.Judgement is { } judgement)
        {
            verdict = Verdict.Judged(ScoreFormula.Judged(1m, judgement), "按评价判断“" + ActualsJson.JudgementText(judgement) + "”计分。");
        }
        else
        {
            return due ? KindMismatch(target, value!, actual.Value!) : Verdict.NotDue(notDue);
        }

        return !due && verdict.Status != ScoreStatus.Met ? Verdict.NotDue(notDue) : verdict;
    }

    private static DateTime? LastDay(PartialDate date, int? fallbackYear)
    {
        var year = date.Year ?? fallbackYear;
        if (year is not { } y || y is < 1 or > 9999) return null;
        if (date.Month is not { } m || m is < 1 or > 12) return new DateTime(y, 12, 31);
        var days = DateTime.DaysInMonth(y, m);
        return date.Day is { } d && d >= 1 && d <= days && !date.EndOfMonth ? new DateTime(y, m, d) : new DateTime(y, m, days);
    }

    private static Verdict KindMismatch(IndicatorValue target, IndicatorValue actual, string actualText) =>
        Verdict.NotComparable("实际完成值“" + actualText + "”（" + KindText(actual) + "）与指标值“" + target + "”（" + KindText(target) + "）写法不同，无法比较；请按指标值的写法填写，如“" + Example(target) + "”。");

    private static Verdict UnitMismatch(string target, string? targetUnit, string? actualUnit, string actualText) =>
        Verdict.NotComparable("实际完成值“" + actualText + "”与指标值“" + target + "”单位不同（" + (actualUnit ?? "无单位") + " / " + (targetUnit ?? "无单位") + "），无法比较。");

    private static Verdict ScaleMismatch(QualitativeValue target, QualitativeValue actual) =>
        Verdict.NotComparable("实际完成值“" + actual.Word + "”与指标值“" + target.Word + "”不属于同一评价等级序列，无法比较。");

    private static string KindText(IndicatorValue value) => value switch
    {
        NumericValue => "数值",
        RangeValue => "区间",
        QualitativeValue q => q.QualitativeKind switch
        {
            QualitativeKind.Completion => "完成情况",
            QualitativeKind.Grade => "等级",
            QualitativeKind.Criterion => "定性判断",
            QualitativeKind.Trend => "趋势",
            _ => "效果",
        },
        OnScheduleValue => "序时进度",
        DateValue => "日期",
        FreeTextValue => "文字描述",
        _ => "空",
    };

    private static string Example(IndicatorValue target) => target switch
    {
        NumericValue n => ValueText.FormatNumber(n.Number) + n.Magnitude.Symbol() + (n.Unit ?? string.Empty),
        RangeValue r => ValueText.FormatNumber(r.Low) + (r.Unit ?? string.Empty),
        QualitativeValue q => q.Word,
        DateValue d => d.Start.ToString(),
        _ => target.ToString(),
    };

    private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

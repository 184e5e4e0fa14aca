using System.Linq;
using PerfRules.Values;

namespace PerfRules.Core.Tests.Values;

public class VocabularyTests
{
    [Theory]
    [InlineData("立项依据充分性", "充分")]
    [InlineData("立项程序规范性", "规范")]
    [InlineData("绩效目标合理性", "合理")]
    [InlineData("绩效指标明确性", "明确")]
    [InlineData("预算编制科学性", "科学")]
    [InlineData("资金分配合理性", "合理")]
    [InlineData("资金使用合规性", "合规")]
    [InlineData("管理制度健全性", "健全")]
    [InlineData("制度执行有效性", "有效")]
    [InlineData("资金拨付及时性", "及时")]
    [InlineData("数据准确性", "准确")]
    [InlineData("资料完整性", "完整")]
    [InlineData("信息公开性", "公开")]
    [InlineData(" 资金使用合规性（定性） ", "合规")]
    public void X_xing_indicators_expect_their_criterion_word(string name, string word) =>
        Assert.Equal(word, Vocabulary.ExpectedCriterionWord(name));

    [Theory]
    [InlineData("资金到位率")]
    [InlineData("可持续性")]
    [InlineData("性")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_names_expect_no_criterion_word(string? name) => Assert.Null(Vocabulary.ExpectedCriterionWord(name));

    [Fact]
    public void Every_expected_word_is_a_criterion_of_the_vocabulary()
    {
        foreach (var word in Vocabulary.CriterionWords)
        {
            Assert.True(Vocabulary.TryLookup(word, out var value));
            Assert.Equal(QualitativeKind.Criterion, value.QualitativeKind);
            Assert.Equal(0, value.Rank);
            Assert.Equal(word, Vocabulary.ExpectedCriterionWord("某某" + word + "性"));
        }
    }

    [Fact]
    public void The_eleven_standard_indicators_and_their_expected_values()
    {
        var standard = Vocabulary.StandardIndicators;
        Assert.Equal(11, standard.Count);
        Assert.Equal(
            "决策/项目立项/立项依据充分性 → 充分|决策/项目立项/立项程序规范性 → 规范|决策/绩效目标/绩效目标合理性 → 合理|决策/绩效目标/绩效指标明确性 → 明确|" +
            "决策/资金投入/预算编制科学性 → 科学|决策/资金投入/资金分配合理性 → 合理|过程/资金管理/资金到位率 → 100%|过程/资金管理/预算执行率 → 100%|" +
            "过程/资金管理/资金使用合规性 → 合规|过程/组织实施/管理制度健全性 → 健全|过程/组织实施/制度执行有效性 → 有效",
            string.Join("|", standard));
        foreach (var s in standard.Where(s => s.Expected is QualitativeValue))
        {
            Assert.Equal(s.Expected.ToString(), Vocabulary.ExpectedCriterionWord(s.Name));
        }
    }

    [Fact]
    public void Words_are_unique_across_kinds_and_ordered_best_first()
    {
        var all = Vocabulary.AllWords.ToList();
        Assert.Equal(all.Count, all.Select(w => w.Word).Distinct().Count());
        foreach (QualitativeKind kind in System.Enum.GetValues(typeof(QualitativeKind)))
        {
            var words = Vocabulary.Words(kind);
            Assert.NotEmpty(words);
            Assert.All(words, w => Assert.Equal(kind, w.QualitativeKind));
            Assert.Equal(words.OrderBy(w => w.Rank).Select(w => w.Rank), words.Select(w => w.Rank));
        }
    }

    [Fact]
    public void Every_word_parses_to_its_shared_instance()
    {
        foreach (var word in Vocabulary.AllWords)
        {
            Assert.Same(word, IndicatorValue.Parse(word.Word));
            Assert.Same(word, IndicatorValue.Parse("\u3000" + word.Word + " "));
        }
    }

    [Theory]
    [InlineData("基本规范", "规范")]
    [InlineData("不合规", "合规")]
    [InlineData("较合理", "合理")]
    [InlineData("无效", "有效")]
    [InlineData("符合相关规定", "符合相关规定")]
    [InlineData("不符合相关规定", "符合相关规定")]
    public void Criterion_variants_judge_their_base_criterion(string word, string criterion)
    {
        Assert.True(Vocabulary.TryLookup(word, out var value));
        Assert.Equal(criterion, Vocabulary.CriterionOf(value));
    }

    [Fact]
    public void Yes_no_answers_and_not_met_words()
    {
        Assert.True(Vocabulary.TryLookup("否", out var no));
        Assert.True(Vocabulary.TryLookup("是", out var yes));
        Assert.True(Vocabulary.TryLookup("未完成", out var notDone));
        Assert.True(Vocabulary.TryLookup("下降", out var falling));
        Assert.True(Vocabulary.IsYesNoAnswer(no));
        Assert.True(Vocabulary.IsAffirmative(yes));
        Assert.False(Vocabulary.IsAffirmative(no));
        Assert.False(Vocabulary.IsNotMet(no));
        Assert.True(Vocabulary.IsNotMet(notDone));
        Assert.True(Vocabulary.IsFalling(falling));
        Assert.Null(Vocabulary.CriterionOf(yes));
    }

    [Theory]
    [InlineData("一般的")]
    [InlineData("较 好")]
    [InlineData("")]
    public void Only_whole_words_are_looked_up(string text) => Assert.False(Vocabulary.TryLookup(text, out _));
}

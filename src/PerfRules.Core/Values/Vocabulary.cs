using System.Diagnostics.CodeAnalysis;

namespace PerfRules.Values;

/// <summary>
/// The qualitative vocabularies of values.md (Criterion, Grade, Completion, Trend, Effect) with their
/// ranks, the X性 → criterion-word pairs (立项依据充分性 → 充分), and the indicator hierarchy words.
/// </summary>
public static partial class Vocabulary
{
    /// <summary>Looks up a qualitative word; false when the text is not a vocabulary word.</summary>
    public static bool TryLookup(string word, [NotNullWhen(true)] out QualitativeValue? value)
    {
        value = null;
        return false;
    }
}

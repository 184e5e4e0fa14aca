using System;

namespace PerfRules.Import.Columns;

/// <summary>Restores the column vocabulary that was in use before <see cref="ColumnVocabulary.Reading"/>.</summary>
internal readonly struct ReadingScope : IDisposable
{
    private readonly LabelVocabulary? _previous;

    internal ReadingScope(LabelVocabulary? previous) => _previous = previous;

    /// <summary>Restores the previous vocabulary.</summary>
    public void Dispose() => ColumnVocabulary.Restore(_previous);
}

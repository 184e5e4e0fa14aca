using System;
using System.Collections.Generic;

namespace PerfRules.Rules.Expressions;

/// <summary>A piece <c>[Start, End)</c> of the text a <see cref="SentenceCounts"/> dictionary was rented for.</summary>
internal readonly struct Piece
{
    public Piece(int start, int end)
    {
        Start = start;
        End = end;
    }

    public int Start { get; }

    public int End { get; }
}

/// <summary>
/// Counts of sentences of one text keyed by their place in it and compared in their normalised form
/// (white space skipped, full-width ASCII folded, as <see cref="Checks.CheckText.SameName"/>), so counting
/// the sentences of a prose field builds no string. One dictionary per thread, rented and returned.
/// </summary>
internal sealed class SentenceCounts : IEqualityComparer<Piece>
{
    [ThreadStatic]
    private static Dictionary<Piece, int>? t_counts;

    private string _text = string.Empty;

    /// <summary>An empty dictionary comparing pieces of <paramref name="text"/>.</summary>
    public static Dictionary<Piece, int> Rent(string text)
    {
        var counts = t_counts;
        t_counts = null;
        counts ??= new Dictionary<Piece, int>(new SentenceCounts());
        ((SentenceCounts)counts.Comparer)._text = text;
        return counts;
    }

    /// <summary>Gives the dictionary back for the next text on this thread.</summary>
    public static void Return(Dictionary<Piece, int> counts)
    {
        counts.Clear();
        ((SentenceCounts)counts.Comparer)._text = string.Empty;
        t_counts = counts;
    }

    public bool Equals(Piece x, Piece y)
    {
        var t = _text;
        int i = x.Start, j = y.Start;
        while (true)
        {
            while (i < x.End && char.IsWhiteSpace(t[i])) i++;
            while (j < y.End && char.IsWhiteSpace(t[j])) j++;
            if (i == x.End || j == y.End) return i == x.End && j == y.End;
            if (Fold(t[i]) != Fold(t[j])) return false;
            i++;
            j++;
        }
    }

    public int GetHashCode(Piece piece)
    {
        var t = _text;
        var hash = unchecked((int)2166136261);
        for (var i = piece.Start; i < piece.End; i++)
        {
            var c = t[i];
            if (char.IsWhiteSpace(c)) continue;
            hash = unchecked((hash ^ Fold(c)) * 16777619);
        }

        return hash;
    }

    private static char Fold(char c) => c >= '\uFF01' && c <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
}

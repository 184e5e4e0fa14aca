using System.Collections.Generic;
using System.Text;

namespace PerfRules.Rules.Evaluation;

/// <summary>
/// A rule's message parsed once: the literal text between its <c>{name}</c> placeholders, and the
/// finding's argument names in their order (placeholders as the message first uses them, then the
/// rule's arguments it does not use). Formatting a finding fills the slots; nothing is parsed again.
/// </summary>
/// <remarks>
/// A placeholder is <c>{</c>, an ASCII letter, ASCII letters or digits, <c>}</c>; any other brace is text.
/// Scanning is left to right without overlap, so <c>{{a}}</c> is the text <c>{</c>, the placeholder
/// <c>a</c> and the text <c>}</c>.
/// </remarks>
internal sealed class MessageTemplate
{
    private MessageTemplate(string[] literals, int[] slots, string[] names, int[] argumentOf)
    {
        Literals = literals;
        Slots = slots;
        Names = names;
        ArgumentOf = argumentOf;
    }

    /// <summary>The text around the placeholders: one more than <see cref="Slots"/>.</summary>
    public string[] Literals { get; }

    /// <summary>For each placeholder in the message, its index in <see cref="Names"/>.</summary>
    public int[] Slots { get; }

    /// <summary>The finding's argument names in order, each once.</summary>
    public string[] Names { get; }

    /// <summary>For each of <see cref="Names"/>, the index of the rule argument that gives its value (the last of that name), or -1.</summary>
    public int[] ArgumentOf { get; }

    /// <summary>
    /// Parses <paramref name="message"/> for a rule whose arguments have <paramref name="argumentNames"/> (in rule order).
    /// The library's findings and the analyzer's table-file diagnostics both fill messages through this one parser.
    /// </summary>
    public static MessageTemplate Parse(string message, IReadOnlyList<string> argumentNames)
    {
        var literals = new List<string>();
        var slots = new List<int>();
        var names = new List<string>();
        var start = 0;
        var i = 0;
        while (i < message.Length)
        {
            var length = PlaceholderLength(message, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            literals.Add(message.Substring(start, i - start));
            var name = message.Substring(i + 1, length - 2);
            var at = names.IndexOf(name);
            if (at < 0)
            {
                at = names.Count;
                names.Add(name);
            }

            slots.Add(at);
            i += length;
            start = i;
        }

        literals.Add(message.Substring(start));
        foreach (var argument in argumentNames)
        {
            if (!names.Contains(argument)) names.Add(argument);
        }

        var argumentOf = new int[names.Count];
        for (var n = 0; n < argumentOf.Length; n++)
        {
            argumentOf[n] = -1;
            for (var a = 0; a < argumentNames.Count; a++)
            {
                if (argumentNames[a] == names[n]) argumentOf[n] = a;
            }
        }

        return new MessageTemplate(literals.ToArray(), slots.ToArray(), names.ToArray(), argumentOf);
    }

    /// <summary>The message with each placeholder replaced by its value: <paramref name="values"/>[i] is the value of <see cref="Names"/>[i].</summary>
    public string Format(IReadOnlyList<string?> values)
    {
        if (Literals.Length == 1) return Literals[0];
        var length = Literals[0].Length;
        for (var i = 0; i < Slots.Length; i++) length += (values[Slots[i]]?.Length ?? 0) + Literals[i + 1].Length;
#if NET
        // Straight into the message string: no builder and no buffer to copy from.
        return string.Create(length, (Template: this, Values: values), static (span, state) => state.Template.Fill(span, state.Values));
#else
        var sb = new StringBuilder(length);
        sb.Append(Literals[0]);
        for (var i = 0; i < Slots.Length; i++) sb.Append(values[Slots[i]]).Append(Literals[i + 1]);
        return sb.ToString();
#endif
    }

#if NET
    private void Fill(System.Span<char> span, IReadOnlyList<string?> values)
    {
        System.MemoryExtensions.AsSpan(Literals[0]).CopyTo(span);
        var at = Literals[0].Length;
        for (var i = 0; i < Slots.Length; i++)
        {
            if (values[Slots[i]] is { } value)
            {
                System.MemoryExtensions.AsSpan(value).CopyTo(span.Slice(at));
                at += value.Length;
            }

            System.MemoryExtensions.AsSpan(Literals[i + 1]).CopyTo(span.Slice(at));
            at += Literals[i + 1].Length;
        }
    }
#endif

    /// <summary>The length of the placeholder starting at <paramref name="i"/>, or 0 when none starts there.</summary>
    private static int PlaceholderLength(string text, int i)
    {
        if (text[i] != '{' || i + 1 >= text.Length || !IsLetter(text[i + 1])) return 0;
        var j = i + 2;
        while (j < text.Length && (IsLetter(text[j]) || (text[j] >= '0' && text[j] <= '9'))) j++;
        return j < text.Length && text[j] == '}' ? j + 1 - i : 0;
    }

    private static bool IsLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

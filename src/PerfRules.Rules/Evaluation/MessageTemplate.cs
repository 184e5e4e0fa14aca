using System.Collections.Generic;

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

    /// <summary>Parses <paramref name="message"/> for a rule with <paramref name="arguments"/>.</summary>
    public static MessageTemplate Parse(string message, IReadOnlyList<RuleArgument> arguments)
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
        foreach (var argument in arguments)
        {
            if (!names.Contains(argument.Name)) names.Add(argument.Name);
        }

        var argumentOf = new int[names.Count];
        for (var n = 0; n < argumentOf.Length; n++)
        {
            argumentOf[n] = -1;
            for (var a = 0; a < arguments.Count; a++)
            {
                if (arguments[a].Name == names[n]) argumentOf[n] = a;
            }
        }

        return new MessageTemplate(literals.ToArray(), slots.ToArray(), names.ToArray(), argumentOf);
    }

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

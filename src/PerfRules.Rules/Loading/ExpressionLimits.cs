using System;
using System.Globalization;

namespace PerfRules.Rules.Loading;

/// <summary>
/// Bounds on untrusted rule expressions, checked on the raw text before the expression parser sees it,
/// so a hostile rule file costs a scan of its text and nothing more.
/// </summary>
internal static class ExpressionLimits
{
    /// <summary>Checks length, then depth (<see cref="RuleOptions.MaxExpressionLength"/>, <see cref="RuleOptions.MaxExpressionDepth"/>).</summary>
    public static void Check(RuleSource source, string what, string expression, ExpressionBounds bounds, Func<string, Exception?, RuleLoadException> error)
    {
        CheckLength(source, what, expression, bounds.MaxLength, error);
        CheckDepth(source, what, expression, bounds.MaxDepth, error);
    }

    /// <summary>
    /// Throws the rule's <see cref="RuleLoadException"/> when a user expression is longer than
    /// <paramref name="max"/> characters (<see cref="RuleOptions.MaxExpressionLength"/>). The built-in catalogue is trusted.
    /// </summary>
    public static void CheckLength(RuleSource source, string what, string expression, int max, Func<string, Exception?, RuleLoadException> error)
    {
        if (source.IsBuiltIn || expression.Length <= max) return;
        throw error(
            RuleFileReader.What(what) + "长 " + expression.Length.ToString("N0", CultureInfo.InvariantCulture) + " 个字符，超过上限 " +
            max.ToString("N0", CultureInfo.InvariantCulture) + " 个字符（MaxExpressionLength）；请拆分规则，或提高上限",
            null);
    }

    /// <summary>
    /// Throws the rule's <see cref="RuleLoadException"/> when a user expression nests deeper than
    /// <paramref name="max"/> (<see cref="RuleOptions.MaxExpressionDepth"/>), measured by <see cref="Depth"/>.
    /// </summary>
    public static void CheckDepth(RuleSource source, string what, string expression, int max, Func<string, Exception?, RuleLoadException> error)
    {
        if (source.IsBuiltIn) return;
        var depth = Depth(expression, out var offset);
        if (depth <= max) return;
        throw error(
            RuleFileReader.What(what) + "在第 " + (offset + 1).ToString(CultureInfo.InvariantCulture) + " 个字符处嵌套 " + depth.ToString(CultureInfo.InvariantCulture) +
            " 层，超过上限 " + max.ToString(CultureInfo.InvariantCulture) +
            " 层（MaxExpressionDepth：括号、条件运算符和前缀运算符各算一层）；请把表达式写得平一些，或提高上限",
            null);
    }

    /// <summary>
    /// How deeply the parser will recurse on <paramref name="expression"/>: open brackets, plus the
    /// conditional operators (<c>?</c>) open inside them, plus the current run of prefix operators
    /// (<c>!</c>, <c>-</c>, <c>~</c>), outside string and character literals. <paramref name="offset"/> is where
    /// the deepest point is.
    /// </summary>
    /// <remarks>
    /// System.Linq.Dynamic.Core parses by recursive descent, about 4 KB of stack per bracket level; a
    /// stack overflow cannot be caught and ends the process, so depth is bounded before parsing.
    /// </remarks>
    // Long by design: a single-pass scanner whose states (strings, brackets, ?:, prefix runs) share one position; split, each part would need all of them.
    public static int Depth(string expression, out int offset)
    {
        var stack = new System.Collections.Generic.List<int> { 0 }; // conditional operators open at each bracket level
        int brackets = 0, conditionals = 0, prefix = 0, max = 0;
        offset = 0;
        var operand = false; // true after something that ends an operand (so '-' is binary)
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (char.IsWhiteSpace(c)) continue;
            if (c == 'n' && IsKeyword(expression, i, "not"))
            {
                // The word form of '!': the parser recurses on it as on '!'.
                prefix++;
                operand = false;
                i += 2;
                max = Deeper(brackets + conditionals + prefix, i, max, ref offset);
                continue;
            }

            if (c is '"' or '\'')
            {
                i = SkipLiteral(expression, i);
                operand = true;
                prefix = 0;
                continue;
            }

            switch (c)
            {
                case '(' or '[' or '{':
                    brackets++;
                    stack.Add(0);
                    operand = false;
                    prefix = 0;
                    break;
                case ')' or ']' or '}':
                    if (brackets > 0)
                    {
                        conditionals -= stack[stack.Count - 1];
                        stack.RemoveAt(stack.Count - 1);
                        brackets--;
                    }

                    operand = true;
                    prefix = 0;
                    break;
                case '?':
                    // '?.' is member access; '??' (coalescing) is parsed recursively like a conditional.
                    if (i + 1 < expression.Length && expression[i + 1] == '.') i++;
                    else
                    {
                        if (i + 1 < expression.Length && expression[i + 1] == '?') i++;
                        conditionals++;
                        stack[stack.Count - 1]++;
                    }

                    operand = false;
                    prefix = 0;
                    break;
                case '!' or '~' when !(i + 1 < expression.Length && expression[i + 1] == '='):
                    prefix++;
                    operand = false;
                    break;
                case '-' when !operand:
                    prefix++;
                    break;
                default:
                    operand = char.IsLetterOrDigit(c) || c is '_' or '.';
                    prefix = 0;
                    break;
            }

            var depth = brackets + conditionals + prefix;
            if (depth > max)
            {
                max = depth;
                offset = i;
            }
        }

        return max;
    }

    private static int Deeper(int depth, int at, int max, ref int offset)
    {
        if (depth <= max) return max;
        offset = at;
        return depth;
    }

    private static bool IsKeyword(string text, int at, string word)
    {
        if (string.CompareOrdinal(text, at, word, 0, word.Length) != 0) return false;
        if (at > 0 && IsIdentifierChar(text[at - 1])) return false;
        var end = at + word.Length;
        return end >= text.Length || !IsIdentifierChar(text[end]);
    }

    private static bool IsIdentifierChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static int SkipLiteral(string text, int start)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\\') i++;
            else if (text[i] == quote) return i;
        }

        return text.Length - 1;
    }
}

/// <summary>The expression bounds of a load (<see cref="RuleOptions.MaxExpressionLength"/>, <see cref="RuleOptions.MaxExpressionDepth"/>).</summary>
internal readonly record struct ExpressionBounds(int MaxLength, int MaxDepth, int MaxTreeDepth = RuleOptions.DefaultMaxExpressionTreeDepth)
{
    /// <summary>The defaults of <see cref="RuleOptions"/>.</summary>
    public static ExpressionBounds Default => new(RuleOptions.DefaultMaxExpressionLength, RuleOptions.DefaultMaxExpressionDepth, RuleOptions.DefaultMaxExpressionTreeDepth);
}

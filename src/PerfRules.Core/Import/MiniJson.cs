using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PerfRules.Import;

/// <summary>
/// A small strict JSON reader (objects, arrays, strings, numbers, true/false/null) for the embedded label
/// vocabulary. The import sources also compile into the analyzer, which runs inside the compiler without
/// System.Text.Json, so the vocabulary cannot use it. Objects become <see cref="Dictionary{TKey,TValue}"/>
/// (ordinal, insertion order kept in <see cref="JsonObject.Keys"/>), arrays <see cref="List{T}"/>.
/// </summary>
internal static class MiniJson
{
    /// <summary>An object with its keys in document order.</summary>
    internal sealed class JsonObject
    {
        public List<string> Keys { get; } = new();

        public Dictionary<string, object?> Values { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="FormatException"/> naming the offset of the first error.</summary>
    public static object? Parse(string text)
    {
        var i = 0;
        var value = ReadValue(text, ref i, 0);
        SkipSpace(text, ref i);
        if (i != text.Length) throw Error(i, "值之后还有多余的内容");
        return value;
    }

    private static object? ReadValue(string s, ref int i, int depth)
    {
        if (depth > 32) throw Error(i, "嵌套超过 32 层");
        SkipSpace(s, ref i);
        if (i >= s.Length) throw Error(i, "文本意外结束");
        switch (s[i])
        {
            case '{':
                return ReadObject(s, ref i, depth);
            case '[':
                return ReadArray(s, ref i, depth);
            case '"':
                return ReadString(s, ref i);
            case 't' when string.CompareOrdinal(s, i, "true", 0, 4) == 0:
                i += 4;
                return true;
            case 'f' when string.CompareOrdinal(s, i, "false", 0, 5) == 0:
                i += 5;
                return false;
            case 'n' when string.CompareOrdinal(s, i, "null", 0, 4) == 0:
                i += 4;
                return null;
            default:
                return ReadNumber(s, ref i);
        }
    }

    private static JsonObject ReadObject(string s, ref int i, int depth)
    {
        var o = new JsonObject();
        i++;
        SkipSpace(s, ref i);
        if (i < s.Length && s[i] == '}')
        {
            i++;
            return o;
        }

        while (true)
        {
            SkipSpace(s, ref i);
            if (i >= s.Length || s[i] != '"') throw Error(i, "这里应是成员名");
            var key = ReadString(s, ref i);
            SkipSpace(s, ref i);
            if (i >= s.Length || s[i] != ':') throw Error(i, "这里应有 ':'");
            i++;
            if (o.Values.ContainsKey(key)) throw Error(i, "成员「" + key + "」重复");
            o.Keys.Add(key);
            o.Values[key] = ReadValue(s, ref i, depth + 1);
            SkipSpace(s, ref i);
            if (i < s.Length && s[i] == ',')
            {
                i++;
                continue;
            }

            if (i < s.Length && s[i] == '}')
            {
                i++;
                return o;
            }

            throw Error(i, "这里应有 ',' 或 '}'");
        }
    }

    private static List<object?> ReadArray(string s, ref int i, int depth)
    {
        var list = new List<object?>();
        i++;
        SkipSpace(s, ref i);
        if (i < s.Length && s[i] == ']')
        {
            i++;
            return list;
        }

        while (true)
        {
            list.Add(ReadValue(s, ref i, depth + 1));
            SkipSpace(s, ref i);
            if (i < s.Length && s[i] == ',')
            {
                i++;
                continue;
            }

            if (i < s.Length && s[i] == ']')
            {
                i++;
                return list;
            }

            throw Error(i, "这里应有 ',' 或 ']'");
        }
    }

    private static string ReadString(string s, ref int i)
    {
        var sb = new StringBuilder();
        i++;
        while (i < s.Length)
        {
            var c = s[i++];
            if (c == '"') return sb.ToString();
            if (c < ' ') throw Error(i - 1, "字符串中有未转义的控制字符");
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }

            if (i >= s.Length) break;
            var e = s[i++];
            switch (e)
            {
                case '"' or '\\' or '/':
                    sb.Append(e);
                    break;
                case 'b':
                    sb.Append('\b');
                    break;
                case 'f':
                    sb.Append('\f');
                    break;
                case 'n':
                    sb.Append('\n');
                    break;
                case 'r':
                    sb.Append('\r');
                    break;
                case 't':
                    sb.Append('\t');
                    break;
                case 'u' when i + 4 <= s.Length && int.TryParse(s.Substring(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code):
                    sb.Append((char)code);
                    i += 4;
                    break;
                default:
                    throw Error(i - 1, "转义写法不对");
            }
        }

        throw Error(i, "字符串没有结束");
    }

    private static double ReadNumber(string s, ref int i)
    {
        var start = i;
        while (i < s.Length && (s[i] is (>= '0' and <= '9') or '-' or '+' or '.' or 'e' or 'E')) i++;
        if (i == start || !double.TryParse(s.Substring(start, i - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) throw Error(start, "这里不能出现这个字符");
        return d;
    }

    private static void SkipSpace(string s, ref int i)
    {
        while (i < s.Length && s[i] is ' ' or '\t' or '\r' or '\n' or '\uFEFF') i++;
    }

    private static FormatException Error(int offset, string what) =>
        new("labels.json 的 JSON 格式错误（第 " + (offset + 1).ToString(CultureInfo.InvariantCulture) + " 个字符处）：" + what);
}

using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PerfRules.Analyzers.Json;

/// <summary>Why and where a JSON text is not valid.</summary>
internal sealed class JsonSyntaxError
{
    internal JsonSyntaxError(int offset, int length, string message)
    {
        Offset = offset;
        Length = length;
        Message = message;
    }

    public int Offset { get; }

    public int Length { get; }

    public string Message { get; }
}

/// <summary>
/// A small RFC 8259 reader that keeps positions. The analyzer runs inside the compiler, where
/// System.Text.Json is not guaranteed to load on every host, so it carries its own reader; it never
/// throws and never recurses deeper than <see cref="MaxDepth"/>.
/// </summary>
/// <remarks>
/// Lenient where the runtime loader may be lenient, so the compiler never rejects a file that loads:
/// <c>//</c> and <c>/* */</c> comments and a trailing comma are accepted. Everything else is strict.
/// </remarks>
internal sealed class JsonReader
{
    public const int MaxDepth = 128;

    private readonly string _text;
    private int _pos;
    private JsonSyntaxError? _error;

    private JsonReader(string text) => _text = text;

    /// <summary>Parses a whole document; on failure returns false with the first error.</summary>
    public static bool TryParse(string text, out JsonNode? root, out JsonSyntaxError? error)
    {
        var reader = new JsonReader(text ?? string.Empty);
        if (reader._text.Length > 0 && reader._text[0] == '\uFEFF') reader._pos = 1;
        root = reader.ReadValue(0);
        if (root is not null)
        {
            reader.SkipTrivia();
            if (reader._error is null && reader._pos < reader._text.Length) reader.Fail(reader._pos, 1, "JSON 文档结束后还有多余的内容");
        }

        error = reader._error;
        if (error is not null) root = null;
        return error is null;
    }

    /// <summary>
    /// The offset in the source of character <paramref name="index"/> of a string node's decoded value
    /// (escapes such as <c>\u0047</c> map to their start).
    /// </summary>
    public static int SourceOffset(string text, JsonNode node, int index)
    {
        var pos = node.Start + 1;
        var decoded = 0;
        while (pos < node.End - 1 && decoded < index)
        {
            if (text[pos] == '\\')
            {
                if (pos + 1 < text.Length && text[pos + 1] == 'u')
                {
                    pos += 6;
                }
                else
                {
                    pos += 2;
                }
            }
            else
            {
                pos++;
            }

            decoded++;
        }

        return pos;
    }

    private JsonNode? ReadValue(int depth)
    {
        SkipTrivia();
        if (_error is not null) return null;
        if (_pos >= _text.Length)
        {
            Fail(_pos, 0, "文档在应有值的地方结束了（文件不完整？）");
            return null;
        }

        if (depth > MaxDepth)
        {
            Fail(_pos, 1, "文档嵌套超过 " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " 层");
            return null;
        }

        var c = _text[_pos];
        switch (c)
        {
            case '{': return ReadObject(depth);
            case '[': return ReadArray(depth);
            case '"':
                var start = _pos;
                var s = ReadString();
                return s is null ? null : new JsonNode(JsonKind.String, start, _pos, s);
            case 't': return ReadWord("true", JsonKind.True);
            case 'f': return ReadWord("false", JsonKind.False);
            case 'n': return ReadWord("null", JsonKind.Null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return ReadNumber();
                Fail(_pos, TokenLength(_pos), "「" + Token(_pos) + "」不是 JSON 值（应是对象、数组、字符串、数字、true、false 或 null）");
                return null;
        }
    }

    // Long by design: one recursive-descent step of the JSON scanner, with the position-exact error for each malformed case inline.
    private JsonNode? ReadObject(int depth)
    {
        var start = _pos++;
        var properties = new List<JsonProperty>();
        SkipTrivia();
        if (Peek() == '}')
        {
            _pos++;
            return new JsonNode(JsonKind.Object, start, _pos, properties: properties);
        }

        while (_error is null)
        {
            SkipTrivia();
            if (_error is not null) return null;
            if (_pos >= _text.Length)
            {
                Fail(start, 1, "这个对象没有结束（缺少 '}'）");
                return null;
            }

            if (_text[_pos] == '}' && properties.Count > 0)
            {
                // trailing comma
                _pos++;
                return new JsonNode(JsonKind.Object, start, _pos, properties: properties);
            }

            if (_text[_pos] != '"')
            {
                Fail(_pos, TokenLength(_pos), "这里应是双引号括起的成员名，实际是「" + Token(_pos) + "」");
                return null;
            }

            var nameStart = _pos;
            var name = ReadString();
            if (name is null) return null;
            var nameEnd = _pos;
            SkipTrivia();
            if (Peek() != ':')
            {
                Fail(_pos, TokenLength(_pos), "成员名 \"" + name + "\" 之后应有 ':'");
                return null;
            }

            _pos++;
            var value = ReadValue(depth + 1);
            if (value is null) return null;
            properties.Add(new JsonProperty(name, nameStart, nameEnd, value));
            SkipTrivia();
            if (_error is not null) return null;
            var next = Peek();
            if (next == ',')
            {
                _pos++;
                continue;
            }

            if (next == '}')
            {
                _pos++;
                return new JsonNode(JsonKind.Object, start, _pos, properties: properties);
            }

            if (_pos >= _text.Length)
            {
                Fail(start, 1, "这个对象没有结束（缺少 '}'）");
            }
            else
            {
                Fail(_pos, TokenLength(_pos), "成员值之后应是 ',' 或 '}'，实际是「" + Token(_pos) + "」（漏了逗号？）");
            }
        }

        return null;
    }

    private JsonNode? ReadArray(int depth)
    {
        var start = _pos++;
        var items = new List<JsonNode>();
        SkipTrivia();
        if (Peek() == ']')
        {
            _pos++;
            return new JsonNode(JsonKind.Array, start, _pos, items: items);
        }

        while (_error is null)
        {
            SkipTrivia();
            if (items.Count > 0 && Peek() == ']')
            {
                _pos++;
                return new JsonNode(JsonKind.Array, start, _pos, items: items);
            }

            if (_pos >= _text.Length)
            {
                Fail(start, 1, "这个数组没有结束（缺少 ']'）");
                return null;
            }

            var item = ReadValue(depth + 1);
            if (item is null) return null;
            items.Add(item);
            SkipTrivia();
            if (_error is not null) return null;
            var next = Peek();
            if (next == ',')
            {
                _pos++;
                continue;
            }

            if (next == ']')
            {
                _pos++;
                return new JsonNode(JsonKind.Array, start, _pos, items: items);
            }

            if (_pos >= _text.Length)
            {
                Fail(start, 1, "这个数组没有结束（缺少 ']'）");
            }
            else
            {
                Fail(_pos, TokenLength(_pos), "数组元素之后应是 ',' 或 ']'，实际是「" + Token(_pos) + "」（漏了逗号？）");
            }
        }

        return null;
    }

    // Long by design: the string-literal scanner (escapes, surrogates, control characters), one state machine over one position.
    private string? ReadString()
    {
        var start = _pos++;
        var sb = new StringBuilder();
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '"')
            {
                _pos++;
                return sb.ToString();
            }

            if (c == '\\')
            {
                if (_pos + 1 >= _text.Length) break;
                var e = _text[_pos + 1];
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        if (_pos + 6 > _text.Length || !int.TryParse(_text.Substring(_pos + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                        {
                            Fail(_pos, System.Math.Min(6, _text.Length - _pos), "'\\u' 之后应是四位十六进制数字");
                            return null;
                        }

                        sb.Append((char)code);
                        _pos += 6;
                        continue;
                    default:
                        Fail(_pos, 2, "'\\" + e + "' 不是 JSON 转义（应是 \\\" \\\\ \\/ \\b \\f \\n \\r \\t 或 \\uXXXX）");
                        return null;
                }

                _pos += 2;
                continue;
            }

            if (c < ' ')
            {
                if (c == '\n' || c == '\r')
                {
                    Fail(start, _pos - start, "这个字符串在本行没有结束（缺少 '\"'）");
                }
                else
                {
                    Fail(_pos, 1, "字符串中的控制字符须转义（如 \\n、\\t）");
                }

                return null;
            }

            sb.Append(c);
            _pos++;
        }

        Fail(start, 1, "这个字符串没有结束（缺少 '\"'）");
        return null;
    }

    private JsonNode? ReadNumber()
    {
        var start = _pos;
        if (Peek() == '-') _pos++;
        if (Peek() == '0')
        {
            _pos++;
        }
        else if (IsDigit(Peek()))
        {
            while (IsDigit(Peek())) _pos++;
        }
        else
        {
            Fail(start, TokenLength(start), "「" + Token(start) + "」不是数字");
            return null;
        }

        if (Peek() == '.')
        {
            _pos++;
            if (!IsDigit(Peek()))
            {
                Fail(start, TokenLength(start), "「" + Token(start) + "」不是数字（小数点后应有数字）");
                return null;
            }

            while (IsDigit(Peek())) _pos++;
        }

        if (Peek() is 'e' or 'E')
        {
            _pos++;
            if (Peek() is '+' or '-') _pos++;
            if (!IsDigit(Peek()))
            {
                Fail(start, TokenLength(start), "「" + Token(start) + "」不是数字（指数部分应有数字）");
                return null;
            }

            while (IsDigit(Peek())) _pos++;
        }

        if (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '.'))
        {
            Fail(start, TokenLength(start), "「" + Token(start) + "」不是数字");
            return null;
        }

        return new JsonNode(JsonKind.Number, start, _pos, _text.Substring(start, _pos - start));
    }

    private JsonNode? ReadWord(string word, JsonKind kind)
    {
        if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) == 0 &&
            (_pos + word.Length >= _text.Length || !char.IsLetterOrDigit(_text[_pos + word.Length])))
        {
            var start = _pos;
            _pos += word.Length;
            return new JsonNode(kind, start, _pos);
        }

        Fail(_pos, TokenLength(_pos), "「" + Token(_pos) + "」不是 JSON 值（是否想写 " + word + "？）");
        return null;
    }

    private void SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c is ' ' or '\t' or '\r' or '\n')
            {
                _pos++;
            }
            else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '/')
            {
                while (_pos < _text.Length && _text[_pos] != '\n') _pos++;
            }
            else if (c == '/' && _pos + 1 < _text.Length && _text[_pos + 1] == '*')
            {
                var close = _text.IndexOf("*/", _pos + 2, System.StringComparison.Ordinal);
                if (close < 0)
                {
                    Fail(_pos, 2, "这个注释没有结束（缺少 '*/'）");
                    _pos = _text.Length;
                    return;
                }

                _pos = close + 2;
            }
            else
            {
                return;
            }
        }
    }

    private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private int TokenLength(int start)
    {
        if (start >= _text.Length) return 0;
        if (_text[start] == '"')
        {
            // a whole string token when it closes on the same line
            for (var i = start + 1; i < _text.Length && i - start < 40 && _text[i] != '\n'; i++)
            {
                if (_text[i] == '"' && _text[i - 1] != '\\') return i - start + 1;
            }

            return 1;
        }

        var end = start;
        while (end < _text.Length && end - start < 40 && (char.IsLetterOrDigit(_text[end]) || _text[end] is '-' or '+' or '.' or '_')) end++;
        return end == start ? 1 : end - start;
    }

    private string Token(int start) => start >= _text.Length ? string.Empty : _text.Substring(start, TokenLength(start));

    private void Fail(int offset, int length, string message)
    {
        if (_error is not null) return;
        if (offset > _text.Length) offset = _text.Length;
        if (offset + length > _text.Length) length = _text.Length - offset;
        _error = new JsonSyntaxError(offset, length, message);
    }
}

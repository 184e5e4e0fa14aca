using PerfRules.Tables;

namespace PerfRules.Import;

/// <summary>
/// Splits 项目负责人/联系电话 into person and phone. PDF extraction runs the two cells together
/// (<c>李鹏86591170</c>); separators such as <c>/</c>, <c>、</c>, spaces are accepted too.
/// </summary>
internal static class ContactText
{
    /// <summary>Splits <paramref name="raw"/>; <paramref name="split"/> is true when both a person and a phone were found.</summary>
    public static ContactInfo? Parse(string raw, out bool split)
    {
        split = false;
        var text = raw.Trim();
        if (text.Length == 0) return null;

        // The phone is the trailing run of digits and phone punctuation (86591170, 025-86591170, 138 1234 5678).
        var end = text.Length;
        var start = end;
        var digits = 0;
        while (start > 0)
        {
            var c = text[start - 1];
            if (c is >= '0' and <= '9')
            {
                digits++;
            }
            else if (c is not ('-' or '－' or ' ' or '(' or ')' or '（' or '）' or '+'))
            {
                break;
            }

            start--;
        }

        if (digits < 5) return new ContactInfo(text, text, null);

        var phone = text.Substring(start).Trim().Trim('(', ')', '（', '）').Trim();
        var person = text.Substring(0, start).Trim().TrimEnd('/', '、', ',', '，', ':', '：', ';', '；').Trim();
        if (person.Length == 0) return new ContactInfo(text, null, phone);
        split = true;
        return new ContactInfo(text, person, phone);
    }
}

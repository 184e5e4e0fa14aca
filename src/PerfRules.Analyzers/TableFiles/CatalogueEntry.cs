using System.Collections.Generic;
using PerfRules.Rules.Evaluation;

namespace PerfRules.Analyzers.TableFiles;

/// <summary>
/// One built-in rule as the catalogue JSON declares it (PerfRules.Rules/Catalogue/*.json): the analyzer's view of the
/// text, not the library's loaded and compiled <c>PerfRules.Rules.CatalogueRule</c>.
/// </summary>
internal sealed class CatalogueEntry
{
    public CatalogueEntry(string id, string severity, string scope, string? field, string title, string expression, string message, IReadOnlyList<KeyValuePair<string, string>> arguments)
    {
        Id = id;
        Severity = severity;
        Scope = scope;
        Field = field;
        Title = title;
        Expression = expression;
        Message = message;
        Arguments = arguments;
        var names = new string[arguments.Count];
        for (var a = 0; a < names.Length; a++) names[a] = arguments[a].Key;
        Template = MessageTemplate.Parse(message, names);
    }

    public string Id { get; }

    public string Severity { get; }

    /// <summary><c>table</c>, <c>field</c>, <c>indicator</c>, <c>cell</c> or <c>funding</c>.</summary>
    public string Scope { get; }

    /// <summary>The header field a table-scoped rule is about (S01 has one rule per field), or null.</summary>
    public string? Field { get; }

    /// <summary>The rule's short title (<c>Properties.Title</c>, else its id).</summary>
    public string Title { get; }

    public string Expression { get; }

    /// <summary>The message template with placeholders ({indicator}, {half}, {full}, {value}, {expected} …).</summary>
    public string Message { get; }

    /// <summary><see cref="Message"/> parsed once, by the library's own template parser.</summary>
    public MessageTemplate Template { get; }

    /// <summary>Named argument expressions filling placeholders beyond the standard ones.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Arguments { get; }

    /// <summary>The key a profile switches the rule with: <c>C01</c>, or <c>S01.项目类型</c> for a field rule.</summary>
    public string ProfileKey => Field is null ? Id : Id + "." + Field;
}

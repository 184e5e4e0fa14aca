using System;
using System.Collections.Generic;
using PerfRules.Checks;

namespace PerfRules.Rules.Expressions;

/// <summary>
/// One field's prose facts for S11, worked out on first use and kept for the table's check: its plain
/// text (HTML removed) and the sentences and 文号 it repeats.
/// </summary>
internal sealed class ProseFacts
{
    private string? _plain;
    private IReadOnlyList<string>? _repeats;

    public ProseFacts(TableField field) => Field = field;

    /// <summary>The field.</summary>
    public TableField Field { get; }

    /// <summary>True for a prose field with text.</summary>
    public bool HasProse => Field.IsProse && !Field.IsBlank;

    /// <summary>The text without HTML (<see cref="Prose.PlainText"/>); only for <see cref="HasProse"/>.</summary>
    public string Plain => _plain ??= Prose.PlainText(Field.Text!);

    /// <summary><see cref="Prose.Repeats(TableField)"/> of the field, from its <see cref="Plain"/> text (HTML removed once).</summary>
    public IReadOnlyList<string> Repeats => _repeats ??= HasProse ? Prose.RepeatsOfPlain(Plain) : Array.Empty<string>();
}

using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace PerfRules.Analyzers;

/// <summary>The PerfRules API symbols the analyzers look for in one compilation; all null when PerfRules is not referenced.</summary>
internal sealed class KnownSymbols
{
    // One answer per parameter per compilation: a table of 1,000 definitions passes the same few parameters 75,000 times.
    private readonly ConcurrentDictionary<IParameterSymbol, bool> _takesValueText = new(SymbolEqualityComparer.Default);

    private KnownSymbols(Compilation compilation)
    {
        SyntaxAttribute = compilation.GetTypeByMetadataName("PerfRules.Values.IndicatorValueSyntaxAttribute");
        IndicatorValue = compilation.GetTypeByMetadataName("PerfRules.Values.IndicatorValue");
        IndicatorValueParser = compilation.GetTypeByMetadataName("PerfRules.Values.IndicatorValueParser");
        TableBuilder = compilation.GetTypeByMetadataName("PerfRules.Tables.TableBuilder");
    }

    /// <summary><c>PerfRules.Values.IndicatorValueSyntaxAttribute</c>.</summary>
    public INamedTypeSymbol? SyntaxAttribute { get; }

    /// <summary><c>PerfRules.Values.IndicatorValue</c> (its Parse/TryParse take value text).</summary>
    public INamedTypeSymbol? IndicatorValue { get; }

    /// <summary><c>PerfRules.Values.IndicatorValueParser</c> (its Parse takes value text).</summary>
    public INamedTypeSymbol? IndicatorValueParser { get; }

    /// <summary><c>PerfRules.Tables.TableBuilder</c> (tables defined in code).</summary>
    public INamedTypeSymbol? TableBuilder { get; }

    /// <summary>True when any value-text API is visible to the compilation.</summary>
    public bool HasValueApi => SyntaxAttribute is not null || IndicatorValue is not null || IndicatorValueParser is not null;

    public static KnownSymbols From(Compilation compilation) => new(compilation);

    /// <summary>True when <paramref name="parameter"/> takes indicator-value text.</summary>
    public bool TakesValueText(IParameterSymbol parameter) =>
        parameter.Type.SpecialType == SpecialType.System_String && _takesValueText.GetOrAdd(parameter, Decide);

    private bool Decide(IParameterSymbol parameter)
    {
        var method = parameter.ContainingSymbol as IMethodSymbol;
        if (method is not null && parameter.Ordinal == 0 && parameter.Name == "text")
        {
            var type = method.ContainingType?.OriginalDefinition;
            if (type is not null &&
                ((method.Name is "Parse" or "TryParse" && SymbolEqualityComparer.Default.Equals(type, IndicatorValue)) ||
                 (method.Name == "Parse" && SymbolEqualityComparer.Default.Equals(type, IndicatorValueParser))))
            {
                return true;
            }
        }

        if (SyntaxAttribute is null) return false;
        if (HasSyntaxAttribute(parameter.OriginalDefinition)) return true;

        // [IndicatorValueSyntax] is inherited: look at the parameter of the overridden method too.
        var overridden = method?.OverriddenMethod;
        while (overridden is not null)
        {
            if (parameter.Ordinal < overridden.Parameters.Length && HasSyntaxAttribute(overridden.Parameters[parameter.Ordinal])) return true;
            overridden = overridden.OverriddenMethod;
        }

        return false;
    }

    private bool HasSyntaxAttribute(IParameterSymbol parameter)
    {
        foreach (var attribute in parameter.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, SyntaxAttribute)) return true;
        }

        return false;
    }
}

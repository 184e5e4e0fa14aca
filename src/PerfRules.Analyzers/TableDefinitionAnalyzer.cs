using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using PerfRules.Checks;
using PerfRules.Values;

namespace PerfRules.Analyzers;

/// <summary>
/// PR0003 (C01), PR0004 (V03) and PR0005 (S03/S04) on tables defined in code: each
/// <c>TableBuilder.Indicator(level1, level2, name, half, full)</c> call with constant arguments is one
/// indicator row, checked with the catalogue's own functions (PerfRules.Core/Checks).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TableDefinitionAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.HalfAboveFull, Descriptors.CriterionWord, Descriptors.Hierarchy);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            var builder = start.Compilation.GetTypeByMetadataName("PerfRules.Tables.TableBuilder");
            if (builder is null) return;
            start.RegisterOperationAction(c => AnalyzeInvocation(c, builder), OperationKind.Invocation);
        });
    }

    private static void AnalyzeInvocation(OperationAnalysisContext context, INamedTypeSymbol builder)
    {
        var invocation = (IInvocationOperation)context.Operation;
        var method = invocation.TargetMethod;
        if (method.Name != "Indicator" || !SymbolEqualityComparer.Default.Equals(method.ContainingType?.OriginalDefinition, builder)) return;

        var level1 = Argument(invocation, "level1");
        var level2 = Argument(invocation, "level2");
        var name = Argument(invocation, "name");
        var half = Argument(invocation, "half");
        var full = Argument(invocation, "full");

        CheckHierarchy(context, level1, level2);

        // Values are judged with the row's name (a bracket unit, the X性 word); a row without a constant name is left to run time.
        if (name is not { } indicatorName) return;
        var halfValue = Parse(half, indicatorName.Value);
        var fullValue = Parse(full, indicatorName.Value);

        if (halfValue is not null && fullValue is not null && HalfYearChecks.HalfExceedsFull(halfValue, fullValue))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DocsLinks.Apply(Descriptors.HalfAboveFull, context.Options),
                half!.Value.Whole,
                new[] { full!.Value.Whole },
                indicatorName.Value,
                half.Value.Value,
                full.Value.Value));
        }

        CheckCriterion(context, indicatorName.Value, half, halfValue);
        CheckCriterion(context, indicatorName.Value, full, fullValue);
    }

    private static void CheckHierarchy(OperationAnalysisContext context, ConstantText? level1, ConstantText? level2)
    {
        if (level1 is not { } l1) return;
        if (!HierarchyChecks.Level1Complies(l1.Value))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DocsLinks.Apply(Descriptors.Hierarchy, context.Options),
                l1.Whole,
                "S03",
                "一级指标“" + l1.Value + "”不是" + string.Join("、", HierarchyChecks.Level1Names) + "之一"));
            return;
        }

        if (level2 is { } l2 && !HierarchyChecks.Level2Complies(l1.Value, l2.Value))
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DocsLinks.Apply(Descriptors.Hierarchy, context.Options),
                l2.Whole,
                "S04",
                "二级指标“" + l2.Value + "”不属于一级指标“" + l1.Value + "”（应为" + string.Join("、", HierarchyChecks.AllowedLevel2(l1.Value)) + "之一）"));
        }
    }

    private static void CheckCriterion(OperationAnalysisContext context, string indicatorName, ConstantText? cell, IndicatorValue? value)
    {
        if (cell is not { } text || value is null || ValueChecks.CriterionComplies(indicatorName, value)) return;
        var expected = ValueChecks.ExpectedCriterion(indicatorName);
        if (expected is null) return;

        // The fix is offered when a word stands where the criterion word belongs; a number or date needs a person to decide.
        var obvious = text.Literal is not null && value is QualitativeValue or FreeTextValue;
        var properties = obvious
            ? ImmutableDictionary<string, string?>.Empty.Add(Descriptors.ReplacementProperty, expected)
            : ImmutableDictionary<string, string?>.Empty;
        context.ReportDiagnostic(Diagnostic.Create(DocsLinks.Apply(Descriptors.CriterionWord, context.Options), text.Whole, properties, indicatorName, text.Value, expected));
    }

    private static IndicatorValue? Parse(ConstantText? text, string indicatorName)
    {
        if (text is not { } t) return null;
        var result = IndicatorValueParser.Parse(t.Value, indicatorName);
        return result.IsSuccess ? result.Value : null;
    }

    private static ConstantText? Argument(IInvocationOperation invocation, string parameterName)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter is { } p && string.Equals(p.Name, parameterName, StringComparison.Ordinal) &&
                p.Type.SpecialType == SpecialType.System_String && ConstantText.TryRead(argument.Value, out var text))
            {
                return text;
            }
        }

        return null;
    }
}

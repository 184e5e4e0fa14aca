using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Dynamic.Core.Parser;
using System.Linq.Expressions;
using PerfRules.Checks;

namespace PerfRules.Rules.Loading;

/// <summary>
/// Parses an untrusted rule expression exactly as RulesEngine will (same System.Linq.Dynamic.Core
/// <see cref="ParsingConfig"/>, same custom types) and accepts it only when every node of the parsed
/// tree stays inside the whitelist of <see cref="SandboxVisitor"/>. Nothing is evaluated here.
/// </summary>
internal static class ExpressionSandbox
{
    private static readonly object Gate = new();
    private static ParsingConfig? config;

    /// <summary>
    /// The parsing configuration RulesEngine builds from <see cref="ExpressionTypes.All"/>
    /// (RuleExpressionParser: a RulesEngine.CustomTypeProvider and the case sensitivity), shared so
    /// the custom-type scan runs once.
    /// </summary>
    public static ParsingConfig Config
    {
        get
        {
            lock (Gate)
            {
                return config ??= new ParsingConfig
                {
                    CustomTypeProvider = new global::RulesEngine.CustomTypeProvider(ExpressionTypes.All),
                    IsCaseSensitive = true,
                };
            }
        }
    }

    /// <summary>
    /// Parses and vets <paramref name="expression"/> for <paramref name="scope"/>. The result is a
    /// lambda over the scope's inputs (<see cref="ExpressionTypes.ParametersOf"/>) returning
    /// <paramref name="returnType"/> (bool for conditions; any type, boxed to object, for arguments).
    /// </summary>
    /// <exception cref="SandboxViolationException">The text names a banned identifier, does not parse, or leaves the whitelist.</exception>
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    public static LambdaExpression Parse(string expression, RuleScope scope, Type? returnType) => Parse(expression, scope, returnType, checkTokens: true);

    /// <summary>
    /// <see cref="Parse(string, RuleScope, Type?)"/>; <paramref name="checkTokens"/> false skips the banned-identifier
    /// pre-check so tests can prove the tree whitelist alone rejects every hostile expression.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    internal static LambdaExpression Parse(string expression, RuleScope scope, Type? returnType, bool checkTokens) =>
        Parse(expression, scope, returnType, checkTokens, ExpressionBounds.Default, meter: false);

    /// <summary>
    /// <see cref="Parse(string, RuleScope, Type?)"/> for a user rule: the parsed tree may be at most
    /// <see cref="ExpressionBounds.MaxTreeDepth"/> deep (measured before any recursive visitor runs), and with
    /// <paramref name="meter"/> the vetted tree is rewritten to charge the evaluation budget (<see cref="BudgetRewriter"/>).
    /// </summary>
    [System.Diagnostics.CodeAnalysis.RequiresUnreferencedCode(PerfRules.Rules.RuleLoading.TrimmingMessage)]
    [System.Diagnostics.CodeAnalysis.RequiresDynamicCode(PerfRules.Rules.RuleLoading.AotMessage)]
    internal static LambdaExpression Parse(string expression, RuleScope scope, Type? returnType, bool checkTokens, ExpressionBounds bounds, bool meter)
    {
        if (CheckText.IsBlank(expression)) throw new SandboxViolationException("为空；请写出规则的条件");
        var offset = -1;
        var banned = checkTokens ? RuleFileChecks.FindBannedIdentifier(expression, out offset) : null;
        if (banned is not null)
        {
            throw new SandboxViolationException(
                "在第 " + (offset + 1).ToString(CultureInfo.InvariantCulture) + " 个字符处用了「" + banned +
                "」，规则表达式不能用它（反射、类型对象、委托、代码生成、进程、文件、环境变量、线程和时钟都在沙箱之外）；请改用已登记的辅助类（见 docs/rule-contracts.md）");
        }

        var parameters = ExpressionTypes.ParametersOf(scope);
        var array = new ParameterExpression[parameters.Count];
        for (var i = 0; i < array.Length; i++) array[i] = parameters[i];

        Expression body;
        try
        {
            body = new ExpressionParser(array, expression, Array.Empty<object>(), Config).Parse(returnType);
        }
        catch (ParseException ex)
        {
            throw new SandboxViolationException(
                "无法解析（第 " + (ex.Position + 1).ToString(CultureInfo.InvariantCulture) + " 个字符处）：" + ParserMessages.Of(ex.Message), ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // System.Linq.Dynamic.Core also reports some bad input through the Expression factory
            // (InvalidOperationException, ArgumentException …): still a load error, never a crash.
            throw new SandboxViolationException("无法解析：其中的运算或调用与所给值的类型不相符；请检查运算两边和参数的类型", ex);
        }

        var depth = TreeDepth.Of(body);
        if (meter && depth > bounds.MaxTreeDepth)
        {
            throw new SandboxViolationException(
                "解析后深 " + depth.ToString(CultureInfo.InvariantCulture) + " 层，超过上限 " +
                bounds.MaxTreeDepth.ToString(CultureInfo.InvariantCulture) +
                " 层（MaxExpressionTreeDepth：每个运算符、调用和成员访问各算一层，所以 1+1+…+1 或 a && b && … 这样的链有多长就有多深）；请拆分规则，或提高上限");
        }

        SandboxVisitor.Vet(body, array);
        if (meter) body = BudgetRewriter.Rewrite(body);
        if (returnType is null && body.Type != typeof(object)) body = Expression.Convert(body, typeof(object));
        return Expression.Lambda(body, array);
    }
}

/// <summary>An expression rejected by the sandbox; the message says why in Chinese (it follows <c>Expression </c> or <c>参数「n」的表达式</c>), without the rule context.</summary>
internal sealed class SandboxViolationException : Exception
{
    public SandboxViolationException(string reason, Exception? inner = null)
        : base(reason, inner)
    {
    }

    public SandboxViolationException()
    {
    }

    public SandboxViolationException(string message)
        : base(message)
    {
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Reflection;

namespace PerfRules.Rules.Loading;

/// <summary>
/// Walks a parsed rule expression and rejects anything outside a whitelist: member access and calls
/// only on our model and helper types, primitives, string, decimal, DateTime and
/// <see cref="Enumerable"/> with lambdas; no node may produce a type object, a delegate (other than a
/// lambda handed to a LINQ method), an expression tree, or any other type. A whitelist, not a
/// blacklist: what is not named here is refused, whatever System.Linq.Dynamic.Core would allow.
/// </summary>
internal sealed class SandboxVisitor : ExpressionVisitor
{
    private static readonly HashSet<Type> HelperTypes = new(ExpressionTypes.Helpers);
    private static readonly HashSet<Type> ModelTypes = new(ExpressionTypes.Models);
    private static readonly HashSet<Type> EnumTypes = new(ExpressionTypes.Enums);

    private static readonly HashSet<Type> ScalarTypes = new()
    {
        typeof(bool), typeof(char), typeof(byte), typeof(sbyte), typeof(short), typeof(ushort), typeof(int), typeof(uint),
        typeof(long), typeof(ulong), typeof(float), typeof(double), typeof(decimal), typeof(string), typeof(DateTime),
        typeof(TimeSpan), typeof(object),
    };

    private static readonly HashSet<Type> CollectionDefinitions = new()
    {
        typeof(IEnumerable<>), typeof(IReadOnlyList<>), typeof(IReadOnlyCollection<>), typeof(IList<>), typeof(ICollection<>),
        typeof(List<>), typeof(IOrderedEnumerable<>), typeof(IGrouping<,>), typeof(KeyValuePair<,>), typeof(Nullable<>),
    };

    private static readonly HashSet<string> StringMethods = new(StringComparer.Ordinal)
    {
        "Contains", "StartsWith", "EndsWith", "IndexOf", "LastIndexOf", "Trim", "TrimStart", "TrimEnd", "Substring",
        "ToUpperInvariant", "ToLowerInvariant", "Replace", "Equals", "CompareTo", "CompareOrdinal", "Compare", "ToString",
        "GetHashCode", "get_Chars", "get_Length", "IsNullOrEmpty", "IsNullOrWhiteSpace", "Concat", "Join", "Split",
        "Normalize", "op_Equality", "op_Inequality",
    };

    private static readonly HashSet<string> MathMethods = new(StringComparer.Ordinal)
    {
        "Abs", "Max", "Min", "Round", "Floor", "Ceiling", "Sign", "Truncate",
    };

    private static readonly HashSet<string> ScalarMethods = new(StringComparer.Ordinal)
    {
        "Equals", "CompareTo", "GetHashCode", "ToString", "Compare", "Round", "Floor", "Ceiling", "Truncate", "Negate",
        "Add", "Subtract", "Multiply", "Divide", "Remainder", "AddDays", "AddMonths", "AddYears", "DaysInMonth",
        "IsLeapYear", "GetValueOrDefault", "get_HasValue", "get_Value",
    };

    private static readonly HashSet<string> InstanceModelMethods = new(StringComparer.Ordinal)
    {
        "ToString", "Equals", "GetHashCode", "CompareTo", "get_Item", "Contains", "IndexOf", "get_Count",
    };

    // Generators can run for ever or exhaust memory; everything else in Enumerable only walks its input.
    private static readonly HashSet<string> BannedEnumerableMethods = new(StringComparer.Ordinal) { "Range", "Repeat" };

    private static readonly HashSet<string> StaticScalarMembers = new(StringComparer.Ordinal)
    {
        "Empty", "Zero", "One", "MinusOne", "MaxValue", "MinValue",
    };

    private readonly HashSet<ParameterExpression> _parameters;

    private SandboxVisitor(IEnumerable<ParameterExpression> parameters) => _parameters = new HashSet<ParameterExpression>(parameters);

    /// <summary>Throws <see cref="SandboxViolationException"/> unless every node of <paramref name="body"/> is allowed.</summary>
    public static void Vet(Expression body, IEnumerable<ParameterExpression> parameters) =>
        new SandboxVisitor(parameters).Visit(body);

    /// <inheritdoc />
    public override Expression? Visit(Expression? node)
    {
        if (node is null) return null;
        if (node is not LambdaExpression && !IsSafeType(node.Type))
        {
            Reject("产生了" + Name(node.Type) + "的值，规则表达式不能使用它");
        }

        return base.Visit(node);
    }

    /// <inheritdoc />
    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        var method = node.Method;
        if (Determinism.Refusal(method) is { } nondeterministic) Reject(nondeterministic);
        if (!IsAllowedMethod(method))
        {
            Reject(Calls(method));
        }

        Visit(node.Object);
        foreach (var argument in node.Arguments)
        {
            if (argument is LambdaExpression lambda && method.DeclaringType == typeof(Enumerable))
            {
                VisitLinqLambda(lambda);
            }
            else
            {
                Visit(argument);
            }
        }

        return node;
    }

    /// <inheritdoc />
    protected override Expression VisitLambda<T>(Expression<T> node)
    {
        Reject("在 LINQ 方法（Any、All、Count、Where、Select …）之外用了 lambda，规则表达式不允许");
        return node;
    }

    /// <inheritdoc />
    protected override Expression VisitMember(MemberExpression node)
    {
        var member = node.Member;
        var isStatic = node.Expression is null;
        if (!IsAllowedMember(member, isStatic))
        {
            Reject("读取了「" + member.Name + "」（" + Name(member.DeclaringType) + "的成员），规则表达式不能读取它");
        }

        Visit(node.Expression);
        return node;
    }

    /// <inheritdoc />
    protected override Expression VisitParameter(ParameterExpression node)
    {
        if (!_parameters.Contains(node) && !IsSafeType(node.Type)) Reject("用了" + Name(node.Type) + "类型的参数，规则表达式不允许");
        return node;
    }

    /// <inheritdoc />
    protected override Expression VisitConstant(ConstantExpression node)
    {
        if (node.Value is not null && !IsSafeType(node.Value.GetType()))
        {
            Reject("含有" + Name(node.Value.GetType()) + "的常量，规则表达式不能使用它");
        }

        return node;
    }

    /// <inheritdoc />
    protected override Expression VisitUnary(UnaryExpression node)
    {
        switch (node.NodeType)
        {
            case ExpressionType.Quote:
                Reject("引用了表达式树，规则表达式不允许");
                break;
            case ExpressionType.Unbox:
            case ExpressionType.Throw:
                Reject((node.NodeType == ExpressionType.Throw ? "抛出异常（throw）" : "拆箱（unbox）") + "，规则表达式不允许");
                break;
        }

        if (node.Method is not null && !IsAllowedMethod(node.Method))
        {
            Reject(Calls(node.Method));
        }

        Visit(node.Operand);
        return node;
    }

    /// <inheritdoc />
    protected override Expression VisitBinary(BinaryExpression node)
    {
        if (node.Method is not null && Determinism.Refusal(node.Method) is { } nondeterministic) Reject(nondeterministic);
        if (node.Method is not null && !IsAllowedMethod(node.Method))
        {
            Reject(Calls(node.Method));
        }

        if (node.Conversion is not null) Reject("用了转换 lambda，规则表达式不允许");
        Visit(node.Left);
        Visit(node.Right);
        return node;
    }

    /// <inheritdoc />
    protected override Expression VisitTypeBinary(TypeBinaryExpression node)
    {
        if (!IsSafeType(node.TypeOperand)) Reject("检验了值是否为" + Name(node.TypeOperand) + "，规则表达式不允许");
        Visit(node.Expression);
        return node;
    }

    /// <inheritdoc />
    protected override Expression VisitNew(NewExpression node)
    {
        var type = node.Type;
        if (type != typeof(DateTime) && type != typeof(decimal) && type != typeof(TimeSpan))
        {
            Reject("创建了" + Name(type) + "的对象，规则表达式不能创建它（只能创建日期、decimal 数字和时间间隔）");
        }

        foreach (var a in node.Arguments) Visit(a);
        return node;
    }

    /// <inheritdoc />
    protected override Expression VisitNewArray(NewArrayExpression node)
    {
        if (node.NodeType == ExpressionType.NewArrayBounds) Reject("按大小分配了数组，规则表达式不允许；请直接列出各项");
        foreach (var e in node.Expressions) Visit(e);
        return node;
    }

    /// <inheritdoc />
    protected override Expression VisitIndex(IndexExpression node)
    {
        if (node.Indexer is not null && !IsSafeType(node.Indexer.DeclaringType!)) Reject("对" + Name(node.Indexer.DeclaringType) + "用了下标，规则表达式不允许");
        Visit(node.Object);
        foreach (var a in node.Arguments) Visit(a);
        return node;
    }

    /// <inheritdoc />
    protected override Expression VisitConditional(ConditionalExpression node) => base.VisitConditional(node);

    /// <inheritdoc />
    protected override Expression VisitDefault(DefaultExpression node) => node;

    /// <inheritdoc />
    protected override Expression VisitInvocation(InvocationExpression node) => Refuse(node);

    /// <inheritdoc />
    protected override Expression VisitListInit(ListInitExpression node) => Refuse(node);

    /// <inheritdoc />
    protected override Expression VisitMemberInit(MemberInitExpression node) => Refuse(node);

    /// <inheritdoc />
    protected override Expression VisitBlock(BlockExpression node) => Refuse(node);

    /// <inheritdoc />
    protected override Expression VisitLoop(LoopExpression node) => Refuse(node);

    /// <inheritdoc />
    protected override Expression VisitGoto(GotoExpression node) => Refuse(node);

    /// <inheritdoc />
    protected override Expression VisitLabel(LabelExpression node) => Refuse(node);

    /// <inheritdoc />
    protected override Expression VisitTry(TryExpression node) => Refuse(node);

    /// <inheritdoc />
    protected override Expression VisitSwitch(SwitchExpression node) => Refuse(node);

    /// <inheritdoc />
    protected override Expression VisitDynamic(DynamicExpression node) => Refuse(node);

    /// <inheritdoc />
    protected override Expression VisitExtension(Expression node) => Refuse(node);

    /// <inheritdoc />
    protected override Expression VisitRuntimeVariables(RuntimeVariablesExpression node) => Refuse(node);

    /// <inheritdoc />
    protected override Expression VisitDebugInfo(DebugInfoExpression node) => Refuse(node);

    private void VisitLinqLambda(LambdaExpression lambda)
    {
        foreach (var p in lambda.Parameters)
        {
            if (!IsSafeType(p.Type)) Reject("lambda 参数是" + Name(p.Type) + "，规则表达式不允许");
            _parameters.Add(p);
        }

        if (!IsSafeType(lambda.ReturnType)) Reject("lambda 返回了" + Name(lambda.ReturnType) + "的值，规则表达式不允许");
        Visit(lambda.Body);
    }

    private static Expression Refuse(Expression node)
    {
        Reject("用了" + Construct(node.NodeType) + "，规则表达式不允许");
        return node;
    }

    private static void Reject(string reason) => throw new SandboxViolationException(reason);

    /// <summary>Types whose values an expression may hold: scalars, registered model types and enums, and collections of them.</summary>
    internal static bool IsSafeType(Type type)
    {
        if (type.IsArray) return type.GetArrayRank() == 1 && IsSafeType(type.GetElementType()!);
        if (ScalarTypes.Contains(type) || ModelTypes.Contains(type) || EnumTypes.Contains(type)) return true;
        if (type.IsGenericType && !type.IsGenericTypeDefinition && CollectionDefinitions.Contains(type.GetGenericTypeDefinition()))
        {
            return type.GetGenericArguments().All(IsSafeType);
        }

        return false;
    }

    private static bool IsAllowedMethod(MethodInfo method)
    {
        var declaring = method.DeclaringType;
        if (declaring is null) return false;
        if (method.IsGenericMethod && !method.GetGenericArguments().All(IsSafeType)) return false;
        if (!IsSafeType(method.ReturnType) && method.ReturnType != typeof(void)) return false;

        if (declaring == typeof(Enumerable)) return !BannedEnumerableMethods.Contains(method.Name);
        if (HelperTypes.Contains(declaring)) return method.IsStatic && method.IsPublic;
        if (declaring == typeof(string)) return StringMethods.Contains(method.Name) && ParametersAreSafe(method);
        if (declaring == typeof(Math)) return MathMethods.Contains(method.Name) && ParametersAreSafe(method);
        if (declaring == typeof(object)) return method.Name is "ToString" or "Equals" or "GetHashCode" or "ReferenceEquals";
        if (ScalarTypes.Contains(declaring) || EnumTypes.Contains(declaring) || IsNullable(declaring))
        {
            return (ScalarMethods.Contains(method.Name) || method.Name.StartsWith("op_", StringComparison.Ordinal)) &&
                   !(declaring == typeof(DateTime) && method.Name == "ToString" && method.GetParameters().Length == 0) &&
                   ParametersAreSafe(method);
        }

        if (ModelTypes.Contains(declaring) || (declaring.IsGenericType && IsSafeType(declaring)))
        {
            if (method.IsStatic) return method.Name.StartsWith("op_", StringComparison.Ordinal);
            return InstanceModelMethods.Contains(method.Name) && ParametersAreSafe(method);
        }

        return false;
    }

    private static bool IsAllowedMember(MemberInfo member, bool isStatic)
    {
        var declaring = member.DeclaringType;
        if (declaring is null) return false;
        var memberType = member switch
        {
            PropertyInfo p => p.PropertyType,
            FieldInfo f => f.FieldType,
            _ => null,
        };
        if (memberType is null || !IsSafeType(memberType)) return false;

        if (isStatic)
        {
            if (HelperTypes.Contains(declaring) || EnumTypes.Contains(declaring)) return true;
            // Constants such as IndicatorValue.Empty or ValueList<T>.Empty are data; clocks are not.
            if (ModelTypes.Contains(declaring)) return true;
            return (ScalarTypes.Contains(declaring) && StaticScalarMembers.Contains(member.Name));
        }

        return IsSafeType(declaring) || (declaring.IsInterface && declaring.IsGenericType && IsSafeType(declaring));
    }

    private static bool ParametersAreSafe(MethodInfo method)
    {
        foreach (var p in method.GetParameters())
        {
            var t = p.ParameterType;
            if (t.IsArray && t.GetElementType() is { } e && (e == typeof(char) || e == typeof(string) || e == typeof(object))) continue;
            if (!IsSafeType(t)) return false;
        }

        return true;
    }

    private static bool IsNullable(Type t) => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Nullable<>);

    /// <summary>The word for a type in a refusal: a value kind, or what a refused type is, never its .NET name.</summary>
    private static string Name(Type? type) => TypeWords.Of(type);

    private static string Calls(MethodInfo method) =>
        "调用了「" + method.Name + "」（" + Name(method.DeclaringType) + "的方法），规则表达式不能调用它；请改用已登记的辅助类（见 docs/rule-contracts.md）";

    private static string Construct(ExpressionType kind) => kind switch
    {
        ExpressionType.Invoke => "委托调用",
        ExpressionType.ListInit => "集合初始化",
        ExpressionType.MemberInit => "对象初始化",
        ExpressionType.Block => "语句块",
        ExpressionType.Loop => "循环",
        ExpressionType.Goto => "跳转",
        ExpressionType.Label => "标签",
        ExpressionType.Try => "异常处理",
        ExpressionType.Switch => "switch 语句",
        ExpressionType.Dynamic => "动态调用",
        _ => "沙箱之外的语法",
    };
}

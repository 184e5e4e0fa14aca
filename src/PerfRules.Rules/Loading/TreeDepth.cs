using System.Collections.Generic;
using System.Linq.Expressions;

namespace PerfRules.Rules.Loading;

/// <summary>
/// The depth of a parsed expression tree (nodes on the longest path from the root), measured without
/// recursion, so a tree too deep for the recursive visitors and compilers after it is refused before
/// any of them runs. Chains the text scan of <see cref="ExpressionLimits"/> cannot see as nesting
/// (<c>1+1+…+1</c>, <c>a &amp;&amp; b &amp;&amp; …</c>) are as deep here as they are to the compiler.
/// </summary>
internal static class TreeDepth
{
    /// <summary>The depth of <paramref name="root"/> (a lone constant is 1).</summary>
    public static int Of(Expression root)
    {
        var max = 0;
        var pending = new Stack<(Expression Node, int Depth)>();
        pending.Push((root, 1));
        var children = new Children();
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > max) max = depth;
            foreach (var child in children.Of(node)) pending.Push((child, depth + 1));
        }

        return max;
    }

    /// <summary>Lists a node's direct children: the base visitor dispatches on the node type and hands each child to <see cref="Visit(Expression)"/>, which stops there.</summary>
    private sealed class Children : ExpressionVisitor
    {
        private readonly List<Expression> _found = new();
        private bool _atRoot;

        public List<Expression> Of(Expression node)
        {
            _found.Clear();
            _atRoot = true;
            Visit(node);
            return new List<Expression>(_found);
        }

        public override Expression? Visit(Expression? node)
        {
            if (node is null) return null;
            if (_atRoot)
            {
                _atRoot = false;
                return base.Visit(node);
            }

            _found.Add(node);
            return node;
        }
    }
}

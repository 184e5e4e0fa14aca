using System;
using System.IO;
using System.Linq;

namespace PerfRules.Cli.Commands;

/// <summary>
/// An input path as a SARIF artifact URI (RFC 3986, every segment percent-encoded as UTF-8, so Chinese file names are
/// valid URIs): an absolute path becomes <c>file:///…</c>; a relative one stays relative and names the base
/// <see cref="SourceRoot"/>, which the log maps to the working directory.
/// </summary>
internal static class ArtifactUri
{
    /// <summary>The <c>uriBaseId</c> of relative inputs (the name code-scanning services expect for the checkout).</summary>
    public const string SourceRoot = "SRCROOT";

    private static readonly char[] Separators = { Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar };

    /// <summary>The URI of <paramref name="path"/> and its base id (null for an absolute <c>file:</c> URI).</summary>
    public static (string Uri, string? BaseId) For(string path)
    {
        if (Path.IsPathRooted(path)) return (FileUri(path, directory: false), null);
        return (Escape(path), SourceRoot);
    }

    /// <summary>The <c>file:</c> URI of an absolute path; a directory's ends with <c>/</c>, as a base URI must.</summary>
    public static string FileUri(string absolutePath, bool directory)
    {
        var escaped = Escape(absolutePath);
        var uri = "file://" + (escaped.StartsWith('/') ? string.Empty : "/") + escaped;
        return directory && !uri.EndsWith('/') ? uri + "/" : uri;
    }

    /// <summary>Percent-encodes each segment (a Windows drive <c>C:</c> kept), joined by <c>/</c>.</summary>
    private static string Escape(string path)
    {
        var segments = path.Split(Separators);
        return string.Join("/", segments.Select((s, i) => i == 0 && s.Length == 2 && s[1] == ':' && char.IsAsciiLetter(s[0]) ? s : Uri.EscapeDataString(s)));
    }
}

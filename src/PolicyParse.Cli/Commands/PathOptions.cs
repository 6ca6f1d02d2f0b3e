using System.CommandLine;

namespace PolicyParse.Cli.Commands;

/// <summary>Checks shared by the commands' path options.</summary>
public static class PathOptions
{
    /// <summary>
    /// Refuses an empty path (an unset variable in a script, <c>-o "$OUT"</c>) as a usage error,
    /// instead of letting it reach the file system.
    /// </summary>
    public static Option<string?> NotEmpty(this Option<string?> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { Length: 0 })
                result.AddError($"{option.Name} needs a path, not an empty string");
        });
        return option;
    }
}

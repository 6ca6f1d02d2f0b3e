using System.CommandLine;

namespace PolicyParse.Cli.Commands;

/// <summary>
/// An option taking one of a few lower-case words. Typed as string, not an enum, so help shows
/// the words users type (<c>[default: json]</c>) and a bad value is one line naming the option and
/// the allowed words rather than the library's message with internal type names.
/// </summary>
public static class Choice
{
    public static Option<string> Create(string name, string alias, IReadOnlyList<string> allowed, string defaultValue, string description)
    {
        var option = alias.Length == 0 ? new Option<string>(name) : new Option<string>(name, alias);
        option.Description = description;
        option.HelpName = string.Join('|', allowed);
        option.DefaultValueFactory = _ => defaultValue;
        option.CustomParser = result =>
        {
            var token = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
            var value = token.ToLowerInvariant();
            if (allowed.Contains(value)) return value;
            result.AddError(NotOneOf(name, token, allowed));
            return defaultValue;
        };
        option.CompletionSources.Add(allowed.ToArray());
        return option;
    }

    /// <summary><c>--format: 'xml' is not one of json, csv, yaml, xlsx</c></summary>
    public static string NotOneOf(string option, string value, IEnumerable<string> allowed) =>
        $"{option}: '{value}' is not one of {string.Join(", ", allowed)}";
}

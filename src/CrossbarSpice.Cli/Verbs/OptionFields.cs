using CrossbarSpice.Core.Diagnostics;

namespace CrossbarSpice.Cli.Verbs;

/// <summary>
/// Reports library input errors in command-line terms: the libraries name the request property a bad value came from
/// (e.g. <c>Levels</c>, <c>OutDirectory</c>); a verb maps those fields to the options that set them (<c>--levels</c>,
/// <c>--out</c>).
/// </summary>
internal static class OptionFields
{
    /// <summary>
    /// Runs <paramref name="action"/>; an <see cref="InputException"/> whose field is one of <paramref name="options"/>'
    /// fields is rethrown naming that option instead (same file, line and problem).
    /// </summary>
    /// <param name="action">The library call.</param>
    /// <param name="options">Pairs of a library field name and the command-line option that sets it.</param>
    public static T Map<T>(Func<T> action, params IReadOnlyList<(string Field, string Option)> options)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return action();
        }
        catch (InputException exception) when (options.Any(o => o.Field == exception.Location.Field))
        {
            var option = options.First(o => o.Field == exception.Location.Field).Option;
            throw new InputException(exception.Location with { Field = option }, exception.Problem, exception);
        }
    }
}

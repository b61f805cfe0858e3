using System.Reflection;
using Plotly.NET;

namespace AttnTutorial.Hosting;

/// <summary>
/// What the course engine shows as HTML and .NET Interactive would not: this library's values with a public
/// <c>string ToHtml()</c> (metric tables, confusion matrices, model summaries) and Plotly.NET charts, drawn offline.
/// </summary>
public static class HtmlDisplay
{
    private static readonly Lazy<IReadOnlyList<Type>> AllTypes = new(FindTypes);

    /// <summary>The types to register an HTML formatter for: every chart type (a chart's runtime type is a subclass of <see cref="GenericChart"/>) and every library type with <c>ToHtml()</c>.</summary>
    public static IReadOnlyList<Type> Types => AllTypes.Value;

    /// <summary>The HTML for a value of one of <see cref="Types"/>.</summary>
    /// <exception cref="ArgumentException">The value is neither a chart nor has <c>ToHtml()</c>.</exception>
    public static string ToHtml(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value is GenericChart chart) return NotebookChartHtml.Render(chart);
        var toHtml = FindToHtml(value.GetType())
            ?? throw new ArgumentException($"a {value.GetType().FullName} is not a chart and has no public string ToHtml()", nameof(value));
        return (string?)toHtml.Invoke(value, null) ?? "";
    }

    private static IReadOnlyList<Type> FindTypes()
    {
        var charts = typeof(GenericChart).Assembly.GetTypes().Where(t => typeof(GenericChart).IsAssignableFrom(t));
        var withHtml = typeof(HtmlDisplay).Assembly.GetExportedTypes().Where(t => !t.IsAbstract && FindToHtml(t) is not null);
        return [.. charts, .. withHtml.OrderBy(t => t.FullName, StringComparer.Ordinal)];
    }

    private static MethodInfo? FindToHtml(Type type)
    {
        var method = type.GetMethod("ToHtml", BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
        return method?.ReturnType == typeof(string) ? method : null;
    }
}

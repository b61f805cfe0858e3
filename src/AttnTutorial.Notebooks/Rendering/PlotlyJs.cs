using System.Reflection;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>plotly.js as Plotly.NET ships it inside its own DLL, so pages embed it and need no network.</summary>
public static class PlotlyJs
{
    private static readonly Lazy<string> Source = new(Load);

    /// <summary>The minified plotly.js, safe to place inside a script element.</summary>
    public static string Script => Source.Value;

    private static string Load()
    {
        var assembly = typeof(Plotly.NET.GenericChart).Assembly;
        string name = assembly.GetManifestResourceNames()
            .FirstOrDefault(n => n.Contains("plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} {assembly.GetName().Version} carries no plotly.js resource");
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        // "</script" inside the code would end the element early; "<\/script" means the same to JavaScript.
        return reader.ReadToEnd().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
    }
}

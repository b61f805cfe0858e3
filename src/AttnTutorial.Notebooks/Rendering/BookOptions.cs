using System.Reflection;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>How <see cref="BookRenderer"/> writes the book. Checked by <see cref="Validate"/> before anything is written.</summary>
public sealed record BookOptions
{
    /// <summary>The repository the engine was built from (MSBuild's RepositoryUrl in Directory.Build.props).</summary>
    public static string? BuiltRepositoryUrl { get; } = typeof(BookOptions).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RepositoryUrl")?.Value;

    /// <summary>The book's title in the sidebar, the index and the printed handout. Default "AttnTutorial".</summary>
    public string Title { get; init; } = "AttnTutorial";

    /// <summary>
    /// Where a chapter's "source in the repository" link points: <c>{RepositoryUrl}/blob/{Branch}/{path}</c>, the path
    /// taken from the notebook's place in its git checkout. Default <see cref="BuiltRepositoryUrl"/>; null: no such links.
    /// </summary>
    public string? RepositoryUrl { get; init; } = BuiltRepositoryUrl;

    /// <summary>The branch the source links name. Default "main".</summary>
    public string Branch { get; init; } = "main";

    /// <summary>Also write <c>print.html</c>: every chapter on one page, a page break before each, for printing. Default false.</summary>
    public bool PrintPage { get; init; }

    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Title)) throw new ArgumentException("BookOptions.Title must not be empty");
        if (RepositoryUrl is not null
            && (!Uri.TryCreate(RepositoryUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")))
            throw new ArgumentException($"BookOptions.RepositoryUrl must be an absolute http(s) URL or null, got '{RepositoryUrl}'");
        if (string.IsNullOrWhiteSpace(Branch) || Branch.Any(char.IsWhiteSpace))
            throw new ArgumentException($"BookOptions.Branch must be a branch name without spaces, got '{Branch}'");
    }
}

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>
/// Where links in a chapter lead in the book. A relative link to a notebook that is in the book becomes a link to its
/// page ("05-training.ipynb" → "05-training.html", "../05-training.ipynb" from a solution too); a relative link to any
/// other file of the repository becomes a link to that file in the repository (the book folder does not have it).
/// </summary>
internal sealed class BookLinks
{
    private readonly Dictionary<string, BookChapter> _chaptersBySource;
    private readonly BookOptions _options;

    public BookLinks(IReadOnlyList<BookChapter> chapters, BookOptions options)
    {
        _options = options;
        _chaptersBySource = chapters.Where(c => c.SourcePath is not null)
            .GroupBy(c => Path.GetFullPath(c.SourcePath!), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The chapter's file in the repository, or null when it is not in a git checkout or no repository is set.</summary>
    public string? SourceUrl(BookChapter chapter) => chapter.SourcePath is null ? null : RepositoryUrl(Path.GetFullPath(chapter.SourcePath), folder: false);

    /// <summary>The URL the book uses for <paramref name="url"/> as written in <paramref name="chapter"/>.</summary>
    public string Rewrite(BookChapter chapter, string url)
    {
        if (chapter.SourcePath is null || url.Length == 0 || url[0] is '#' or '/' || Uri.TryCreate(url, UriKind.Absolute, out _)) return url;
        int hash = url.IndexOf('#', StringComparison.Ordinal);
        string path = hash < 0 ? url : url[..hash];
        string fragment = hash < 0 ? "" : url[hash..];
        string target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(chapter.SourcePath))!, Uri.UnescapeDataString(path)));
        if (_chaptersBySource.TryGetValue(target, out var linked)) return linked.PageName + fragment;
        return RepositoryUrl(target, folder: Directory.Exists(target)) is { } inRepository ? inRepository + fragment : url;
    }

    private string? RepositoryUrl(string fullPath, bool folder)
    {
        if (_options.RepositoryUrl is null) return null;
        string? root = CheckoutRoot(fullPath);
        if (root is null) return null;
        string relative = Path.GetRelativePath(root, fullPath.TrimEnd(Path.DirectorySeparatorChar)).Replace(Path.DirectorySeparatorChar, '/');
        string escaped = string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));
        return $"{_options.RepositoryUrl.TrimEnd('/')}/{(folder ? "tree" : "blob")}/{_options.Branch}/{escaped}";
    }

    /// <summary>The nearest folder above <paramref name="fullPath"/> with a .git folder (or a worktree's .git file).</summary>
    private static string? CheckoutRoot(string fullPath)
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(fullPath)!); dir is not null; dir = dir.Parent)
        {
            string git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git)) return dir.FullName;
        }
        return null;
    }
}

using System.Globalization;
using System.Text;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>
/// Anchor ids for a page's headings, GitHub style ("How `quick` works" → "how-quick-works"), unique on the page:
/// a repeated heading gets "-1", "-2", ... as GitHub does.
/// </summary>
internal sealed class HeadingIds
{
    private readonly Dictionary<string, int> _used = new(StringComparer.Ordinal);

    public string Next(string headingText)
    {
        string slug = Slug(headingText);
        if (slug.Length == 0) slug = "section";
        if (!_used.TryGetValue(slug, out int count))
        {
            _used[slug] = 1;
            return slug;
        }
        string id;
        do
        {
            id = $"{slug}-{count.ToString(CultureInfo.InvariantCulture)}";
            count++;
        }
        while (_used.ContainsKey(id));
        _used[slug] = count;
        _used[id] = 1;
        return id;
    }

    /// <summary>Lower-case letters, digits, '-' and '_' kept, spaces become '-', everything else dropped.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder(text.Length);
        foreach (char c in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_') slug.Append(c);
            else if (c == ' ') slug.Append('-');
        }
        return slug.ToString();
    }
}

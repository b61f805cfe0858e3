using System.Globalization;
using System.Text;

namespace AttnTutorial.Notebooks.Rendering;

/// <summary>
/// Anchor ids for a page's headings, GitHub style ("How `quick` works" → "how-quick-works"), unique on the page:
/// a repeated heading gets "-1", "-2", ... as GitHub does. Other ids of the page (footnotes) are reserved here too.
/// </summary>
internal sealed class HeadingIds
{
    private readonly Dictionary<string, int> _used = new(StringComparer.Ordinal);

    public string Next(string headingText)
    {
        string slug = Slug(headingText);
        return Reserve(slug.Length == 0 ? "section" : slug);
    }

    /// <summary><paramref name="id"/> if the page has no such id yet, else the first of "id-1", "id-2", ... it has not.</summary>
    public string Reserve(string id)
    {
        if (!_used.TryGetValue(id, out int count))
        {
            _used[id] = 1;
            return id;
        }
        string next;
        do
        {
            next = $"{id}-{count.ToString(CultureInfo.InvariantCulture)}";
            count++;
        }
        while (_used.ContainsKey(next));
        _used[id] = count;
        _used[next] = 1;
        return next;
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

using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;

namespace AttnTutorial.Notebooks.Formatting;

/// <summary>
/// Sequences as an HTML table: one column per public property or field of the items (or one "value" column for
/// simple items), the first <see cref="MaxRows"/> rows, and a note saying how many more there are.
/// </summary>
internal static class SequenceFormatter
{
    public const int MaxRows = 20;

    public static MimeBundle Format(IEnumerable sequence)
    {
        var rows = new List<object?>();
        bool more = false;
        foreach (object? item in sequence)
        {
            if (rows.Count == MaxRows)
            {
                more = true;
                break;
            }
            rows.Add(item);
        }
        int? total = sequence is ICollection collection ? collection.Count : null;

        var members = ColumnsFor(rows);
        var html = new StringBuilder("<table class=\"sequence\"><thead><tr><th><i>index</i></th>");
        foreach (var member in members) html.Append("<th>").Append(WebUtility.HtmlEncode(member.Name)).Append("</th>");
        if (members.Count == 0) html.Append("<th>value</th>");
        html.Append("</tr></thead><tbody>");
        for (int i = 0; i < rows.Count; i++)
        {
            html.Append("<tr><td>").Append(i.ToString(CultureInfo.InvariantCulture)).Append("</td>");
            if (members.Count == 0) Cell(html, rows[i]);
            else foreach (var member in members) Cell(html, rows[i] is null ? null : Read(member, rows[i]!));
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        string note = more ? total is int n ? $"({n - MaxRows} more)" : "(more)" : "";
        if (note.Length > 0) html.Append("<p>").Append(note).Append("</p>");

        string typeName = FriendlyName(sequence.GetType());
        string text = $"{typeName}{(total is int count ? $" ({count} items)" : "")}: [{string.Join(", ", rows.Select(ToText))}{(more ? ", ..." : "")}]";
        return MimeBundle.HtmlWithText(html.ToString(), text);
    }

    private static void Cell(StringBuilder html, object? value) =>
        html.Append("<td>").Append(WebUtility.HtmlEncode(ToText(value))).Append("</td>");

    private static string ToText(object? value) => value switch
    {
        null => "<null>",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static List<MemberInfo> ColumnsFor(List<object?> rows)
    {
        var first = rows.FirstOrDefault(r => r is not null);
        if (first is null || IsSimple(first.GetType())) return [];
        var type = first.GetType();
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetMethod!.IsPublic);
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.Instance);
        return properties.Cast<MemberInfo>().Concat(fields).Where(m => rows.All(r => r is null || r.GetType() == type)).ToList();
    }

    private static object? Read(MemberInfo member, object item)
    {
        try
        {
            return member switch
            {
                PropertyInfo p => p.GetValue(item),
                FieldInfo f => f.GetValue(item),
                _ => null,
            };
        }
        catch (TargetInvocationException e)
        {
            return $"({e.InnerException?.GetType().Name ?? "error"})";
        }
    }

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
        || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(Guid);

    internal static string FriendlyName(Type type)
    {
        if (type.IsArray) return FriendlyName(type.GetElementType()!) + "[]";
        if (!type.IsGenericType) return type.Name;
        string name = type.Name;
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        if (tick > 0) name = name[..tick];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(FriendlyName))}>";
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AttnTutorial.Notebooks.Ipynb;

/// <summary>
/// Writes JSON byte for byte as Jupyter's nbformat does (<c>json.dumps(nb, sort_keys=True, indent=1, ensure_ascii=False)</c>),
/// so a notebook saved by Jupyter and written back by this engine does not change, and diffs stay small.
/// </summary>
internal static class PythonStyleJson
{
    public static string Serialize(JsonNode? node)
    {
        var builder = new StringBuilder();
        Write(builder, node, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder b, JsonNode? node, int depth)
    {
        switch (node)
        {
            case null:
                b.Append("null");
                break;
            case JsonObject obj:
                if (obj.Count == 0)
                {
                    b.Append("{}");
                    break;
                }
                b.Append('{');
                bool firstProperty = true;
                foreach (var (key, value) in obj.OrderBy(p => p.Key, StringComparer.Ordinal))
                {
                    if (!firstProperty) b.Append(',');
                    firstProperty = false;
                    NewLine(b, depth + 1);
                    WriteString(b, key);
                    b.Append(": ");
                    Write(b, value, depth + 1);
                }
                NewLine(b, depth);
                b.Append('}');
                break;
            case JsonArray array:
                if (array.Count == 0)
                {
                    b.Append("[]");
                    break;
                }
                b.Append('[');
                for (int i = 0; i < array.Count; i++)
                {
                    if (i > 0) b.Append(',');
                    NewLine(b, depth + 1);
                    Write(b, array[i], depth + 1);
                }
                NewLine(b, depth);
                b.Append(']');
                break;
            case JsonValue value:
                switch (value.GetValueKind())
                {
                    case JsonValueKind.String:
                        WriteString(b, value.GetValue<string>());
                        break;
                    case JsonValueKind.Number:
                        WriteNumber(b, value);
                        break;
                    default:
                        // true, false, null: System.Text.Json spells them as Python does.
                        b.Append(value.ToJsonString());
                        break;
                }
                break;
        }
    }

    private static void WriteNumber(StringBuilder b, JsonValue value)
    {
        // A number read from a file keeps its original text; one built in code is formatted invariantly.
        if (value.TryGetValue(out JsonElement element)) b.Append(element.GetRawText());
        else if (value.TryGetValue(out double d) && !value.TryGetValue(out long _)) b.Append(d.ToString("R", CultureInfo.InvariantCulture));
        else b.Append(value.ToJsonString());
    }

    private static void NewLine(StringBuilder b, int depth)
    {
        b.Append('\n');
        b.Append(' ', depth);
    }

    /// <summary>Python's ensure_ascii=False escaping: only quote, backslash and control characters.</summary>
    internal static void WriteString(StringBuilder b, string s)
    {
        b.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                case '\b': b.Append("\\b"); break;
                case '\f': b.Append("\\f"); break;
                default:
                    if (c < 0x20) b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else b.Append(c);
                    break;
            }
        }
        b.Append('"');
    }
}

namespace AttnTutorial.Notebooks.Formatting;

/// <summary>
/// Recognises library types by name, so that checking a value does not load the library (Plotly.NET, TorchSharp)
/// into a session that never used it.
/// </summary>
internal static class TypeMatch
{
    /// <summary>True when the value's type, or one of its base types, has this full name.</summary>
    public static bool IsOrDerivesFrom(object value, string fullName)
    {
        for (var type = value.GetType(); type is not null; type = type.BaseType)
        {
            if (type.FullName == fullName) return true;
        }
        return false;
    }
}

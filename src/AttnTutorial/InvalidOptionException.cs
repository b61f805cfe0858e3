namespace AttnTutorial;

/// <summary>An option outside its allowed range. The message names the option, the allowed range and the value given.</summary>
public sealed class InvalidOptionException : ArgumentException
{
    /// <summary>Creates the exception for <paramref name="option"/>.</summary>
    public InvalidOptionException(string option, object? value, string allowed)
        : base($"{option} must be {allowed}; got {value}.", option)
    {
        Option = option;
    }

    /// <summary>The option's name, as in the options record.</summary>
    public string Option { get; }

    /// <summary>Throws when <paramref name="ok"/> is false: the one place options are checked.</summary>
    public static void ThrowUnless(bool ok, string option, object? value, string allowed)
    {
        if (!ok) throw new InvalidOptionException(option, value, allowed);
    }
}

namespace AttnTutorial.Notebooks.Browser;

/// <summary>Chromium could not be started, answered a DevTools command with an error, or a page script failed.</summary>
public sealed class DevToolsException(string message) : Exception(message);

namespace AttnTutorial.Kernel.Channels;

/// <summary>The request channels, each a ROUTER socket; replies go back on the channel the request came on.</summary>
internal enum Channel
{
    Shell,
    Control,
    Stdin,
}

using System.Reflection;
using System.Text.Json.Nodes;
using AttnTutorial.Kernel.Protocol;
using Microsoft.CodeAnalysis.CSharp;

namespace AttnTutorial.Kernel.Handlers;

/// <summary>kernel_info: the protocol version and C# as the language (VS Code picks the cell language from its name).</summary>
internal sealed class KernelInfoHandler : IRequestHandler
{
    public string MsgType => "kernel_info_request";

    public static string CSharpVersion { get; } = LanguageVersion.Latest.MapSpecifiedToEffectiveVersion().ToDisplayString();

    public void Handle(RequestContext context) => context.Reply("kernel_info_reply", Content());

    public static JsonObject Content()
    {
        string version = typeof(KernelInfoHandler).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0";
        return new JsonObject
        {
            ["status"] = "ok",
            ["protocol_version"] = MessageBuilder.ProtocolVersion,
            ["implementation"] = "attntutorial-csharp",
            ["implementation_version"] = version,
            ["language_info"] = new JsonObject
            {
                ["name"] = "csharp",
                ["version"] = CSharpVersion,
                ["mimetype"] = "text/x-csharp",
                ["file_extension"] = ".cs",
                ["pygments_lexer"] = "csharp",
                ["codemirror_mode"] = "text/x-csharp",
            },
            ["banner"] = $"C# {CSharpVersion} on .NET {Environment.Version} (AttnTutorial notebook engine)",
            ["help_links"] = new JsonArray(),
            ["debugger"] = false,
        };
    }
}

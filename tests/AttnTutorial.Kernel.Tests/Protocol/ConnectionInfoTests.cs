using AttnTutorial.Kernel.Protocol;

namespace AttnTutorial.Kernel.Tests.Protocol;

public class ConnectionInfoTests
{
    private const string Valid = """
        {"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
         "ip": "127.0.0.1", "key": "a0b1", "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "attntutorial-csharp"}
        """;

    [Fact]
    public void Parse_ValidFile_ReadsEveryField()
    {
        var info = ConnectionInfo.Parse(Valid);

        Assert.Equal(("tcp", "127.0.0.1", "a0b1"), (info.Transport, info.Ip, info.Key));
        Assert.Equal([5001, 5002, 5003, 5004, 5005], [info.ShellPort, info.IopubPort, info.StdinPort, info.ControlPort, info.HeartbeatPort]);
        Assert.Equal("tcp://127.0.0.1:5001", info.Endpoint(info.ShellPort));
    }

    [Fact]
    public void Endpoint_Ipc_JoinsPathAndPortWithDash()
    {
        var info = ConnectionInfo.Parse(Valid.Replace("\"tcp\"", "\"ipc\"", StringComparison.Ordinal).Replace("127.0.0.1", "/tmp/kernel", StringComparison.Ordinal));

        Assert.Equal("ipc:///tmp/kernel-5005", info.Endpoint(info.HeartbeatPort));
    }

    [Theory]
    [InlineData("\"hb_port\": 5005,", "", "hb_port")]
    [InlineData("\"hmac-sha256\"", "\"hmac-md5\"", "signature_scheme")]
    [InlineData("\"tcp\"", "\"udp\"", "transport")]
    [InlineData("5001", "70000", "shell_port")]
    [InlineData("\"ip\": \"127.0.0.1\",", "", "ip")]
    public void Parse_BadField_NamesIt(string replace, string with, string field)
    {
        var e = Assert.Throws<FormatException>(() => ConnectionInfo.Parse(Valid.Replace(replace, with, StringComparison.Ordinal)));

        Assert.Contains(field, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NotJson_NamesTheFile()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "not json");
            var e = Assert.Throws<FormatException>(() => ConnectionInfo.Load(path));
            Assert.StartsWith(path, e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

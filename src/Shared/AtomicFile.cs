using System.Text;

namespace AttnTutorial.IO;

/// <summary>
/// Writes a file under a temporary name beside it and renames it into place, so a reader never sees half a file,
/// a crash never leaves one, and a failed write leaves the old file as it was.
/// </summary>
/// <remarks>
/// One source file compiled into each assembly that writes files (the helper library, the notebook engine and the
/// CLI; see their .csproj): the engine deliberately does not reference the helper library, and a shared assembly for
/// thirty lines would be one more thing to ship and load. Internal in each, so it is no part of any public API.
/// </remarks>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates the folder if needed, lets <paramref name="write"/> fill a temporary file, then renames it over <paramref name="path"/>.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(folder);
        string temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = File.Create(temp))
            {
                write(stream);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Writes <paramref name="content"/> as UTF-8 without a byte-order mark, through <see cref="Write"/>.</summary>
    public static void WriteAllText(string path, string content) =>
        Write(path, stream =>
        {
            using var writer = new StreamWriter(stream, Utf8NoBom);
            writer.Write(content);
        });
}

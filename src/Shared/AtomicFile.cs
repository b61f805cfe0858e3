using System.Text;

namespace AttnTutorial.IO;

/// <summary>
/// Writes a file under a temporary name beside it and renames it into place, so a reader never sees half a file,
/// a crash never leaves one, and a failed write leaves the old file as it was.
/// </summary>
/// <remarks>
/// One source file compiled into each assembly that writes files (the helper library, the notebook engine and the
/// CLI; see their .csproj): the engine deliberately does not reference the helper library, and a shared assembly for
/// fifty lines would be one more thing to ship and load. Internal in each, so it is no part of any public API.
/// </remarks>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates the folder if needed, lets <paramref name="write"/> fill a temporary file, then renames it over <paramref name="path"/>.</summary>
    /// <remarks>Whatever fails (the writer, the disk, the rename), the exception surfaces as thrown, the old file, if any,
    /// is unchanged and no temporary file is left.</remarks>
    /// <exception cref="IOException">The folder cannot be created; the message names the file and, when a file stands
    /// where a folder should be, that file.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        string full = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(full) ?? ".";
        CreateFolder(full, folder);
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

    // .NET's own error names only the folder ("Could not find a part of the path '…/artifacts/models'"), neither the file
    // being written nor the file standing where a folder should be, which is the usual cause.
    private static void CreateFolder(string full, string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            for (string? up = folder; up is not null; up = Path.GetDirectoryName(up))
            {
                if (File.Exists(up)) throw new IOException($"Cannot write {full}: {up} is a file, not a folder.", e);
            }
            throw new IOException($"Cannot write {full}: its folder {folder} cannot be created ({e.Message})", e);
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

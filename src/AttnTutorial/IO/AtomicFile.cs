namespace AttnTutorial.IO;

/// <summary>
/// Writes a file under a temporary name beside it and renames it into place, so a crash never leaves half a
/// file and an existing file is replaced whole. (The notebook engine has its own copy: it does not reference
/// this library.)
/// </summary>
internal static class AtomicFile
{
    /// <summary>Creates the folder if needed, lets <paramref name="write"/> fill a temporary file, then renames it over <paramref name="path"/>.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        string full = Path.GetFullPath(path);
        string directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        string temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
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
}

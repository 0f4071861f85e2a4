namespace Platform.Hosting;

/// <summary>
/// Files and folders only the platform's user may read (0600 files, 0700 folders): generated secrets, the development
/// signing key, uploaded documents. A file is created with its mode at once, never narrowed afterwards, so there is no
/// moment in which another user could open it. Windows has no such modes and keeps its defaults.
/// </summary>
public static class PrivateFile
{
    private const UnixFileMode OwnerFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerFolder = OwnerFile | UnixFileMode.UserExecute;

    /// <summary>A new file (0600) open for writing; fails when the file exists.</summary>
    public static FileStream CreateNew(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerFile;
        }

        return new FileStream(path, options);
    }

    /// <summary>
    /// Writes a whole file (0600): aside first, then moved in, so a reader never sees half of it. Without
    /// <paramref name="overwrite"/>, a file that is already there wins and what was written is dropped.
    /// </summary>
    /// <returns>Whether the file now holds what <paramref name="write"/> wrote.</returns>
    public static bool Write(string path, Action<Stream> write, bool overwrite)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}");
        using (var stream = CreateNew(temporary))
        {
            write(stream);
        }

        try
        {
            File.Move(temporary, path, overwrite);
            return true;
        }
        catch (IOException) when (!overwrite && File.Exists(path))
        {
            // Another writer (a process started side by side) got there first: its file stays.
            File.Delete(temporary);
            return false;
        }
    }

    /// <summary>The folder, created, or narrowed when it exists, to 0700.</summary>
    public static DirectoryInfo CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.CreateDirectory(path);
        }

        var folder = Directory.CreateDirectory(path, OwnerFolder);
        if (folder.UnixFileMode != OwnerFolder)
        {
            folder.UnixFileMode = OwnerFolder;
        }

        return folder;
    }
}

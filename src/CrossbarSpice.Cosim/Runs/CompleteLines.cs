namespace CrossbarSpice.Cosim.Runs;

/// <summary>The finished part of an append-only progress file: its complete lines.</summary>
internal static class CompleteLines
{
    /// <summary>
    /// The text of <paramref name="path"/> up to its last line feed, truncating the file there when an interrupted run
    /// left an unfinished last line; empty when the file does not exist or holds no complete line.
    /// </summary>
    public static string Read(string path)
    {
        if (!File.Exists(path))
        {
            return string.Empty;
        }

        var whole = File.ReadAllText(path);
        var text = whole[..(whole.LastIndexOf('\n') + 1)];
        if (text.Length < whole.Length)
        {
            File.WriteAllText(path, text);
        }

        return text;
    }
}

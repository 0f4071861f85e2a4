namespace Platform.Grains;

/// <summary>Writing a grain's state so that memory never holds what storage does not (issue 11).</summary>
public static class PersistentStateExtensions
{
    /// <summary>Writes the state; when the write fails, <paramref name="undo"/> puts the change back before the fault goes on.</summary>
    public static async Task WriteOrUndoAsync<T>(this IPersistentState<T> state, Action undo)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            undo();
            throw;
        }
    }
}

using Orleans.Serialization;
using Platform.Domain.Calendar;
using Platform.Domain.Rules;

namespace Platform.Grains.Procedure;

/// <summary>
/// One command's change to the case state: a deep copy is taken when it begins and put back when the change ends in a
/// refusal, throws, or its write fails, so a refused or failed command leaves the state as it was.
/// </summary>
internal sealed class CaseTransaction(IPersistentState<CaseState> state, CaseState before)
{
    public static CaseTransaction Begin(IPersistentState<CaseState> state, DeepCopier copier) => new(state, copier.Copy(state.State));

    /// <summary>
    /// Runs the command's changes: when they end in a refusal or throw, the state is put back as it was before them
    /// (a missing calendar year is a refusal, SPEC §3; anything else goes on to the caller).
    /// </summary>
    public async Task<Refusal?> ChangeAsync(Func<Task<Refusal?>> change)
    {
        try
        {
            if (await change() is { } refused)
            {
                state.State = before;
                return refused;
            }

            return null;
        }
        catch (CalendarYearNotLoadedException missing)
        {
            // A deadline in a year with no calendar is never guessed (SPEC §3): nothing changes until it is loaded.
            state.State = before;
            return Refusal.Of(Rule.Calendar, "CalendarNotLoaded", missing.Year);
        }
        catch
        {
            state.State = before;
            throw;
        }
    }

    /// <summary>
    /// Writes the changed state as the next version, after <paramref name="ahead"/> (what must be durable before it);
    /// either failing puts the state back as it was before the command.
    /// </summary>
    public async Task WriteAsync(Func<Task>? ahead = null)
    {
        state.State.Version++;
        try
        {
            if (ahead is not null)
            {
                await ahead();
            }

            await state.WriteStateAsync();
        }
        catch
        {
            state.State = before;
            throw;
        }
    }
}

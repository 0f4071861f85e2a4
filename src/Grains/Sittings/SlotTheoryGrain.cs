using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Platform.Domain.Calendar;
using Platform.Grains.Live;

namespace Platform.Grains.Sittings;

/// <summary>
/// P9, issue 16: a center's desk opens the theory of a whole time slot in one command. The slot's sittings are read from
/// PostgreSQL (the center's open sittings of the exam day, <see cref="ILiveSittingDirectory"/>, those scheduled at the
/// slot's start, as each sitting holds it), and each is told to open its theory, <see cref="InFlight"/> at a time, in
/// the silo: one request from the desk, not one a sitting. Each sitting decides (P8 checked in, P2.8 identity and room
/// scan online, P6 its day) and its own command id derives from the slot's, so the same command again answers the
/// same. One slot's opening at a time per center (the grain is not reentrant).
/// </summary>
public sealed class SlotTheoryGrain(ILiveSittingDirectory directory) : Grain, ISlotTheoryGrain
{
    /// <summary>Sittings told at once: enough to keep the silo busy, few enough not to starve the candidates' calls.</summary>
    private const int InFlight = 64;

    private string Center => this.GetPrimaryKeyString();

    public async Task<SlotTheories> OpenTheories(OpenSlotTheories command)
    {
        var open = await directory.OpenOnAsync(Center, KazakhstanTime.DateOf(command.StartsAt));
        var results = new ConcurrentBag<SlotTheory>();
        await Parallel.ForEachAsync(open.Keys, new ParallelOptions { MaxDegreeOfParallelism = InFlight, TaskScheduler = TaskScheduler.Current },
            async (sittingId, _) =>
            {
                var sitting = GrainFactory.GetGrain<IExamSessionGrain>(sittingId);
                if (await sitting.Get() is { } view && view.CenterNumber == Center && view.ScheduledStart == command.StartsAt)
                {
                    var opened = await sitting.OpenTheory(new SittingCommand(PerSitting(command.CommandId, sittingId), command.By));
                    results.Add(new SlotTheory(sittingId, view.CaseId, opened.Refusal));
                }
            });
        return new SlotTheories([.. results.OrderBy(r => r.SittingId, StringComparer.Ordinal)]);
    }

    /// <summary>A sitting's own command id within a slot's command: stable for the command and the sitting.</summary>
    public static Guid PerSitting(Guid commandId, string sittingId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"{commandId:N}/{sittingId}")).AsSpan(0, 16));
}

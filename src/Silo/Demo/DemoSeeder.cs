using Platform.Domain.Programs;
using Platform.Grains.Centers;
using Platform.Grains.Commissions;
using Platform.Grains.Programs;

namespace Platform.Silo.Demo;

/// <summary>
/// Seeds the demo world when <c>Platform:SeedDemoData</c> is true (run.sh sets it for the first silo). Every step is
/// idempotent — the same profile, program document or commission again changes nothing — so "once" holds across restarts.
/// </summary>
public sealed partial class DemoSeeder(IGrainFactory grains, ILogger<DemoSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var center in DemoData.Centers)
        {
            await grains.GetGrain<ICenterGrain>(CenterKeys.For(center.Number)).Register(center);
        }

        foreach (var program in DemoPrograms.All())
        {
            await grains.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(program.Code)).Load(program.ToJson());
        }

        var (id, commission) = DemoData.Commission;
        if (await grains.GetGrain<ICommissionGrain>(id).Form(commission) is { } refusal)
        {
            throw new InvalidOperationException("The demo commission was refused: " + refusal);
        }

        LogSeeded(logger, DemoData.Centers.Count, DemoPrograms.All().Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo data in place: {Centers} centers, {Programs} programs, one examination commission")]
    private static partial void LogSeeded(ILogger logger, int centers, int programs);
}

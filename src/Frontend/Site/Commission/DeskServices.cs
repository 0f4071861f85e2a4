using Platform.Frontend.Site.Signing;

namespace Platform.Frontend.Site.Commission;

/// <summary>The services of the examination commission's desk and the head's signing desk.</summary>
public static class DeskServices
{
    public static IServiceCollection AddStaffDesks(this IServiceCollection services) => services
        .AddSingleton<CommissionDeskReader>()
        .AddSingleton<CommissionDeskActions>()
        .AddSingleton<PracticalMaps>()
        .AddSingleton<SigningDeskReader>()
        .AddSingleton<SigningActions>()
        .AddSingleton<RevocationDesk>()
        .AddSingleton<ViolationActReader>()
        .AddSingleton<ViolationDeskActions>();
}

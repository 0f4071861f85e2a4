using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Pages.Admin;

/// <summary>
/// A private platform with the demo data (the administrators' tests change the calendar and the programs, which other
/// tests count with): its procedure clock stands on Saturday 20 November 2027, so the deadlines will reach 2028 within
/// 60 days (SPEC §3) and the shipped calendar ends with 2027.
/// </summary>
public sealed class AdminFixture() : PrivatePlatformFixture(Now)
{
    public static readonly DateTimeOffset Now = Almaty(2027, 11, 20, 10);
}

[CollectionDefinition(Name)]
public sealed class AdminCollection : ICollectionFixture<AdminFixture>
{
    public const string Name = "Administrator pages";
}

/// <summary>What the administrator's tests share: a page signed in as a demo account in a language, and a form posted by keyboard.</summary>
public abstract class AdminPageTest(AdminFixture platform) : PrivatePlatformPageTest(platform)
{
    protected IGrainFactory Grains => World.Grains;
}

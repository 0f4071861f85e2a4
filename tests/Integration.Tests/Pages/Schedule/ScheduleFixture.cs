using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Pages.Schedule;

/// <summary>
/// One platform with the demo data (center 0001) whose procedure clock stands on Friday 5 March 2027, two weeks before
/// Nauryz: a notice sent that day may set the exam from 26 March to 9 April 2027 (P6), with 8, 15 and 22-24 March off.
/// The clock never moves: the exam-day page is read for its date.
/// </summary>
public sealed class ScheduleFixture() : PrivatePlatformFixture(Now)
{
    public static readonly DateTimeOffset Now = Almaty(2027, 3, 5, 10);
}

[CollectionDefinition(Name)]
public sealed class ScheduleCollection : ICollectionFixture<ScheduleFixture>
{
    public const string Name = "Center scheduling";
}

/// <summary>What the scheduling tests share: a page signed in as a demo account in a language, and a form posted by its button.</summary>
public abstract class SchedulePageTest(ScheduleFixture platform) : PrivatePlatformPageTest(platform)
{
}

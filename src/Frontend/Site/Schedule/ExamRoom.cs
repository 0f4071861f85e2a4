namespace Platform.Frontend.Site.Schedule;

/// <summary>
/// A room of a center where offline exams are held: the place the exam notice names (P6) and how many candidates it
/// seats at one time.
/// </summary>
/// <param name="Id">A short id used by the form (no personal data).</param>
/// <param name="Place">The place as the exam notice gives it (address and room).</param>
/// <param name="Capacity">How many candidates sit in it at one time.</param>
public sealed record ExamRoom(string Id, string Place, int Capacity);

/// <summary>
/// The rooms of each center, from configuration <c>Schedule:Rooms:{center}</c> (a list of <see cref="ExamRoom"/>);
/// a center without configured rooms has the demo rooms of center 0001's address until its rooms are configured.
/// </summary>
public sealed class ScheduleRooms(IConfiguration configuration)
{
    private static readonly ExamRoom[] DemoRooms =
    [
        new("r101", "Алматы, пр. Абая, 1, ауд. 101", 12),
        new("r204", "Алматы, пр. Абая, 1, ауд. 204", 30),
    ];

    public IReadOnlyList<ExamRoom> Of(string center)
    {
        var configured = configuration.GetSection($"Schedule:Rooms:{center}").Get<ExamRoom[]>();
        return configured is { Length: > 0 } ? configured : DemoRooms;
    }

    public ExamRoom? Find(string center, string? id) => Of(center).FirstOrDefault(r => r.Id == id);
}

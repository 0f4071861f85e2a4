namespace Platform.Domain.Calendar;

/// <summary>How a holiday behaves when it falls on a Saturday or Sunday.</summary>
public enum HolidayKind
{
    /// <summary>A national or state holiday: on a weekend it moves to the next working day.</summary>
    State,

    /// <summary>A religious day off (7 January, first day of Kurban Ait) that is never moved.</summary>
    Unmoved,
}

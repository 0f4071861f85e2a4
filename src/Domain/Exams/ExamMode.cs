namespace Platform.Domain.Exams;

/// <summary>P9: the procedure runs offline or online, as the qualification program requires.</summary>
public enum ExamMode
{
    /// <summary>Online, watched by online proctoring (P2.8, P11).</summary>
    Online,

    /// <summary>Offline, at the center (P10).</summary>
    Offline,
}

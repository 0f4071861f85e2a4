using Platform.Domain.Deadlines;

namespace Platform.Frontend.Cases;

/// <summary>P5: the remarks of the completeness review.</summary>
public sealed record RemarksRequest(IReadOnlyList<string> Remarks);

/// <summary>P6 (or a reschedule under P7/P11 with its reason): the exam's start, place or link, mode and language.</summary>
public sealed record ExamNoticeRequest(DateTimeOffset StartsAt, string Place, bool Online, string Language, RescheduleReason? Reason);

/// <summary>P20: the day the results were handed over on paper.</summary>
public sealed record ResultsReceivedRequest(DateOnly ReceivedOn);

/// <summary>P19: recommendations to improve knowledge and skills.</summary>
public sealed record FailureNoticeRequest(IReadOnlyList<string> Recommendations);

/// <summary>P21, P21-1: the appeal commission formed for the review.</summary>
public sealed record AppealRegistrationRequest(string AppealCommissionId);

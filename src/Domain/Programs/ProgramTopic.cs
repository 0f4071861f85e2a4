namespace Platform.Domain.Programs;

/// <summary>A topic of the theory bank; the ticket blueprint draws questions per topic (P9).</summary>
/// <param name="Id">Unique within the program, e.g. "taxes".</param>
/// <param name="Name">Its name in kk and ru.</param>
public sealed record ProgramTopic(string Id, LocalizedText Name);

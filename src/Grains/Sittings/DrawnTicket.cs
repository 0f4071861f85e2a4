using Platform.Domain.Programs;

namespace Platform.Grains.Sittings;

/// <summary>A ticket just drawn (P9) and the program version it was drawn from.</summary>
internal sealed record DrawnTicket(Ticket Ticket, int ProgramVersion);

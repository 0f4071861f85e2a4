using Platform.Domain.Procedure;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings.Events;

namespace Platform.Grains.Sittings;

/// <summary>P13: how a second violation ends the sitting: the fact to log, the state reached, the stage it ended in.</summary>
internal sealed record ViolationEnd(SittingEvent Fact, SittingState Target, string Stage, SittingEnd End);

using Platform.Domain.Rules;

namespace Platform.Grains.Sittings;

/// <summary>A check's outcome: refused with a reason, or passed with the value the action goes on with (e.g. the drawn ticket).</summary>
internal sealed record Checked<T>(T? Value, Refusal? Refusal)
    where T : class;

using Platform.Domain.Rules;

namespace Platform.Grains.Rules;

/// <summary>Converts a <see cref="Refusal"/> to and from its <see cref="RefusalSurrogate"/>.</summary>
[RegisterConverter]
public sealed class RefusalConverter : IConverter<Refusal, RefusalSurrogate>
{
    /// <summary>The refusal back, its rule found in the catalogue (an unknown id is a version mismatch, not a guess).</summary>
    public Refusal ConvertFromSurrogate(in RefusalSurrogate surrogate) =>
        new(Rule.Of(surrogate.Rule), surrogate.Message, surrogate.Arguments);

    /// <summary>The refusal as it crosses the wire.</summary>
    public RefusalSurrogate ConvertToSurrogate(in Refusal value) =>
        new(value.Rule.Id, value.Message, [.. value.Arguments]);
}

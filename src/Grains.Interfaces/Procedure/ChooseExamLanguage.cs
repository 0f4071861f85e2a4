namespace Platform.Grains.Procedure;

/// <summary>P9: the candidate changes the exam language ("kk" or "ru") until the exam notice is sent.</summary>
[GenerateSerializer, Immutable, Alias("Platform.Grains.Procedure.ChooseExamLanguage")]
public sealed record ChooseExamLanguage(
    [property: Id(0)] Guid CommandId,
    [property: Id(1)] string Language,
    [property: Id(2)] Actor By);

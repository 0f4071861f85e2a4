using Microsoft.Extensions.Validation;
using Platform.Frontend.Validation;

namespace Platform.Frontend.Cases;

/// <summary>P9: the exam language the candidate chooses, "kk" or "ru" (until the exam notice is sent).</summary>
[ValidatableType]
public sealed record ExamLanguageRequest([Present, Format(Lengths.Language, "LanguageFormat")] string Language);

using System.Collections.Frozen;
using System.Globalization;
using Platform.Domain.Calendar;
using Platform.Domain.Deadlines;
using Platform.Domain.Exams;
using Platform.Grains.Documents;

namespace Platform.Documents.Wording;

/// <summary>The wording of one language: fixed phrases, and how dates, times, roles and modes are written.</summary>
internal sealed class DocumentWording
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly FrozenDictionary<Phrase, string> _table;

    private DocumentWording(DocumentLanguage language, FrozenDictionary<Phrase, string> table)
    {
        Language = language;
        _table = table;
    }

    public static DocumentWording Kazakh { get; } = new(DocumentLanguage.Kk, KazakhWording.Table);

    public static DocumentWording Russian { get; } = new(DocumentLanguage.Ru, RussianWording.Table);

    public DocumentLanguage Language { get; }

    public string this[Phrase phrase] => _table[phrase];

    public static DocumentWording For(DocumentLanguage language) => language switch
    {
        DocumentLanguage.Kk => Kazakh,
        DocumentLanguage.Ru => Russian,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Documents are rendered in kk or ru."),
    };

    public string Format(Phrase phrase, params object?[] args) => string.Format(Invariant, _table[phrase], args);

    public string Text(BilingualText text) => text.In(Language);

    public string Date(DateOnly date) => date.ToString("dd.MM.yyyy", Invariant);

    public string Time(TimeOnly time) => time.ToString("HH:mm", Invariant);

    /// <summary>An instant as civil time of Kazakhstan.</summary>
    public string Instant(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, KazakhstanTime.Zone).ToString("dd.MM.yyyy HH:mm", Invariant);

    public string Role(CommissionRole role) => this[role switch
    {
        CommissionRole.Chair => Phrase.RoleChair,
        CommissionRole.Secretary => Phrase.RoleSecretary,
        _ => Phrase.RoleMember,
    }];

    public string Mode(ExamMode mode) => this[mode == ExamMode.Online ? Phrase.ModeOnline : Phrase.ModeOffline];

    public string LanguageName(DocumentLanguage language) =>
        this[language == DocumentLanguage.Kk ? Phrase.LanguageKk : Phrase.LanguageRu];

    public string Reason(RescheduleReason reason) =>
        this[reason == RescheduleReason.SickLeave ? Phrase.ReasonSickLeave : Phrase.ReasonTechnicalFailure];

    public string Outcome(ViolationActOutcome outcome) => this[outcome switch
    {
        ViolationActOutcome.Terminated => Phrase.OutcomeTerminated,
        ViolationActOutcome.Removed => Phrase.OutcomeRemoved,
        _ => Phrase.OutcomeWarned,
    }];

    public string Decision(AppealDecision decision) => this[decision switch
    {
        AppealDecision.Upheld => Phrase.AppealUpheld,
        AppealDecision.TechnicalDiscrepancy => Phrase.AppealTechnical,
        _ => Phrase.AppealRejected,
    }];

    public string Method(SignatureMethod method) =>
        this[method == SignatureMethod.Paper ? Phrase.SignaturePaper : Phrase.SignatureElectronic];

    public string Money(decimal amount) =>
        amount.ToString("#,0.##", new NumberFormatInfo { NumberGroupSeparator = "\u00A0", NumberDecimalSeparator = "," });

    public string OrNotStated(string? value) => string.IsNullOrWhiteSpace(value) ? this[Phrase.NotStated] : value;
}

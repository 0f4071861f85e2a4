namespace Platform.Frontend.Validation;

/// <summary>
/// The longest text of each meaning a request may carry: generous for real people (the longest surnames and Kazakh
/// addresses fit with room to spare), small enough that no member can make a document, a list or a log heavy.
/// </summary>
public static class Lengths
{
    /// <summary>A surname, given name, patronymic, or a commission member's printed name.</summary>
    public const int Name = 100;

    /// <summary>A full name as printed (surname, given name, patronymic).</summary>
    public const int FullName = 300;

    /// <summary>A postal address or a place of an exam.</summary>
    public const int Address = 300;

    /// <summary>A document's title in a list of attachments.</summary>
    public const int Title = 200;

    /// <summary>One remark, recommendation, shortfall or comment.</summary>
    public const int Remark = 2_000;

    /// <summary>A reason or grounds written in prose (an appeal, a revocation, extra time).</summary>
    public const int Prose = 4_000;

    /// <summary>A subject of the identity provider.</summary>
    public const int Subject = 200;

    /// <summary>A short token word: a vote, a language, a demo account.</summary>
    public const int Word = 64;

    /// <summary>The documents one application or resubmission may list.</summary>
    public const int Attachments = 30;

    /// <summary>The remarks, recommendations or shortfalls of one notice.</summary>
    public const int Remarks = 50;

    /// <summary>The members of one commission (and so its votes and signatures).</summary>
    public const int Members = 15;

    /// <summary>The formats of identifiers: a center number, a code, a key the platform issued, a stored upload.</summary>
    public const string CenterNumber = @"\d{4}";

    public const string Code = @"[A-Za-z0-9._-]{1,64}";

    public const string Key = @"[A-Za-z0-9._-]{3,100}";

    public const string StoredAs = @"[0-9a-f]{32}\.(pdf|jpg|png)";

    /// <summary>P9: the exam languages a candidate chooses from.</summary>
    public const string Language = "kk|ru";
}

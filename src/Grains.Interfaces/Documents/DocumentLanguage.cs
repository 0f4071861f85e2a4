namespace Platform.Grains.Documents;

/// <summary>The languages of the documents and of the procedure (P9): the state language or Russian, at the candidate's choice.</summary>
[GenerateSerializer, Alias("Platform.Grains.Documents.DocumentLanguage")]
public enum DocumentLanguage
{
    /// <summary>Kazakh (қазақ тілі), the state language.</summary>
    Kk,

    /// <summary>Russian (русский язык).</summary>
    Ru,
}

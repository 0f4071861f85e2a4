namespace Platform.Frontend.Security.Uploads;

/// <summary>Why an upload was refused.</summary>
public enum UploadRejection
{
    None,
    Empty,
    TooLarge,

    /// <summary>The content is not PDF, JPEG or PNG, whatever the declared type says.</summary>
    UnsupportedContent,

    /// <summary>The declared content type differs from what the bytes are.</summary>
    ContentTypeMismatch,

    /// <summary>It starts like a PDF, JPEG or PNG but is not built as one (issue 11: HTML behind a <c>%PDF-</c> header).</summary>
    Malformed,
}

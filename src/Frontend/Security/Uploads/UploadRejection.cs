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
}

namespace Platform.Frontend.Security.Uploads;

/// <summary><c>Platform:Uploads</c>: the largest document a candidate or registrar may upload.</summary>
public sealed class UploadOptions
{
    public const string Section = "Platform:Uploads";

    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
}

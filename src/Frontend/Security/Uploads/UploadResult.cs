namespace Platform.Frontend.Security.Uploads;

/// <summary>Either the stored upload or the reason it was refused.</summary>
public sealed record UploadResult(StoredUpload? Stored, UploadRejection Rejection)
{
    public static UploadResult Refused(UploadRejection why) => new(null, why);
}

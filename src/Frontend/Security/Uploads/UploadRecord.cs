namespace Platform.Frontend.Security.Uploads;

/// <summary>An upload as the <c>uploads</c> table knows it: its owner and the case it is attached to, if any.</summary>
public sealed record UploadRecord(string Id, UploadOwner Owner, string ContentType, long Length, string? CaseId);

namespace Platform.Frontend.Security.Uploads;

/// <summary>A stored upload: its generated id (the file name under the data folder), detected type and size.</summary>
public sealed record StoredUpload(string Id, string ContentType, long Length);

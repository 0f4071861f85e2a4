namespace Platform.Silo.Mail;

/// <summary>What the mail takes from outside its section: the platform's public address (the case page's link) and the password.</summary>
public sealed record NoticeMailSettings(string PublicBaseUrl, string? Password);

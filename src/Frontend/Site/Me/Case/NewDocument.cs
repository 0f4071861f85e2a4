using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Me.Case;

/// <summary>P5: a document handed in with a resubmission: what it is, its title, and the file sent with the form.</summary>
public sealed record NewDocument(AttachmentKind Kind, string Title, IFormFile File);

namespace Platform.Grains.Procedure;

/// <summary>P4 2)-4) and P7: the kinds of documents a candidate attaches.</summary>
public enum AttachmentKind
{
    Education,
    WorkExperience,
    EarlierRecognition,
    SickLeaveSheet,
    Other,
}

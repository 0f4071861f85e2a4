namespace Platform.Frontend.Site.Me.Case;

/// <summary>P7: where a reported temporary incapacity stands on the candidate's side.</summary>
public enum SickLeaveStage
{
    /// <summary>No incapacity reported for the exam as it stands.</summary>
    None,

    /// <summary>Reported; the copy of the sick-leave sheet is to be handed in.</summary>
    SheetDue,

    /// <summary>The copy was handed in; the center has not yet recorded it received.</summary>
    SheetHandedIn,

    /// <summary>The center received the copy; it assigns a new date.</summary>
    SheetReceived,
}

namespace Platform.Frontend.Sittings;

/// <summary>In which capacity a caller reaches a sitting (see <see cref="SittingGate"/>).</summary>
public enum SittingDoor
{
    /// <summary>Center staff (registrar, head) or an examination commission member of the sitting's center.</summary>
    Desk,

    /// <summary>An examination commission member of the sitting's center (P9, P13, P14, P16, P17).</summary>
    Commission,

    /// <summary>The candidate of the sitting (P8, P9).</summary>
    Candidate,

    /// <summary>The candidate, or the desk (P8 check-in).</summary>
    CheckIn,

    /// <summary>The proctoring service with a valid token of this sitting, or the commission (P2.8, P13).</summary>
    Proctor,

    /// <summary>Whoever may read the center's sittings: staff, commission and appeal members of the center, the operator (P20-P22).</summary>
    Reader,
}

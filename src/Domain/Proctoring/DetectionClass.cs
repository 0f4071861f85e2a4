namespace Platform.Domain.Proctoring;

/// <summary>How a detection counts under P12-P13.</summary>
public enum DetectionClass
{
    /// <summary>Neutral: logged only (a room scan requested or completed, an item the program allows).</summary>
    Informational,

    /// <summary>Logged and shown live; a violation only when a proctor or commission member confirms it.</summary>
    Suspicious,

    /// <summary>P12: use of a prohibited item the program does not allow, or a confirmed suspicious event.</summary>
    Violation,
}

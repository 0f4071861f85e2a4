namespace Platform.Grains.Commissions;

public enum CommissionKind
{
    /// <summary>P9: created by the center; runs the stages, decides, signs the protocol (P17) and violation acts (P14).</summary>
    Examination,

    /// <summary>P21-1: formed for the period of one review, sharing no member with the case's examination commission.</summary>
    Appeal,
}

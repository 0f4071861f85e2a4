namespace Platform.Domain.Proctoring;

/// <summary>P12: items whose use is not allowed in the theory and practical stages unless the program allows them.</summary>
public enum ProhibitedItem
{
    /// <summary>Cellular (mobile) phone.</summary>
    MobilePhone,

    /// <summary>Pager.</summary>
    Pager,

    /// <summary>Tablet.</summary>
    Tablet,

    /// <summary>iPad.</summary>
    IPad,

    /// <summary>iPod.</summary>
    IPod,

    /// <summary>Smartphone.</summary>
    Smartphone,

    /// <summary>Laptop.</summary>
    Laptop,

    /// <summary>Media player.</summary>
    Player,

    /// <summary>Modem or mobile router.</summary>
    ModemOrMobileRouter,

    /// <summary>Any other kind of radio-electronic communication.</summary>
    RadioElectronicCommunication,

    /// <summary>Smart watch.</summary>
    SmartWatch,

    /// <summary>Smart glasses.</summary>
    SmartGlasses,

    /// <summary>Fitness bracelet (tracker).</summary>
    FitnessTracker,

    /// <summary>Voice recorder.</summary>
    VoiceRecorder,

    /// <summary>Calculator.</summary>
    Calculator,

    /// <summary>Wired or wireless headphones.</summary>
    Headphones,

    /// <summary>Crib sheet.</summary>
    CribSheet,

    /// <summary>Study and methodological literature.</summary>
    StudyLiterature,
}

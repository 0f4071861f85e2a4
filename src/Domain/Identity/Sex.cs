namespace Platform.Domain.Identity;

/// <summary>Sex as the 7th digit of an IIN encodes it (odd male, even female).</summary>
public enum Sex
{
    /// <summary>Odd 7th digit.</summary>
    Male,

    /// <summary>Even 7th digit.</summary>
    Female,
}

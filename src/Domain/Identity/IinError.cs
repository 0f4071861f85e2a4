namespace Platform.Domain.Identity;

/// <summary>Why a string is not a valid IIN.</summary>
public enum IinError
{
    /// <summary>Valid.</summary>
    None,

    /// <summary>Null, empty or blank.</summary>
    Empty,

    /// <summary>Not exactly 12 characters.</summary>
    WrongLength,

    /// <summary>A character other than 0-9.</summary>
    NotDigits,

    /// <summary>The 7th digit is not 1-6 (century and sex).</summary>
    InvalidCenturyDigit,

    /// <summary>Digits 1-6 with the century are not a real date.</summary>
    InvalidBirthDate,

    /// <summary>Both weightings give 10: no IIN has these first 11 digits.</summary>
    CheckDigitUndefined,

    /// <summary>The 12th digit is not the check digit.</summary>
    CheckDigitMismatch,
}

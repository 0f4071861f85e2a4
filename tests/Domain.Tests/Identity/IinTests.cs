using Platform.Domain.Identity;

namespace Platform.Domain.Tests.Identity;

/// <summary>SPEC §4: the IIN — birth date, century and sex, check digit with two weightings; personal data.</summary>
public sealed class IinTests
{
    [Fact]
    public void AValidIinExposesItsBirthDateAndSex()
    {
        var iin = Iin.Parse("900515300127");

        Assert.Equal(new DateOnly(1990, 5, 15), iin.BirthDate);
        Assert.Equal(Sex.Male, iin.Sex);
        Assert.Equal("900515300127", iin.Value);
    }

    [Theory]
    [InlineData("750228200099", 1875, Sex.Female)]
    [InlineData("011231612340", 2001, Sex.Female)]
    public void TheSeventhDigitGivesCenturyAndSex(string text, int year, Sex sex)
    {
        Assert.True(Iin.TryParse(text, out var iin, out var error));
        Assert.Equal(IinError.None, error);
        Assert.Equal((year, sex), (iin.BirthDate.Year, iin.Sex));
    }

    [Fact]
    public void WhenTheFirstWeightingGivesTenTheSecondDecides()
    {
        // 90051530090: weights 1..11 give 10; weights 3..11,1,2 give 8.
        Assert.True(Iin.TryParse("900515300908", out _, out _));
        Assert.Equal(8, Iin.CheckDigitFor("90051530090"));
    }

    [Fact]
    public void WhenBothWeightingsGiveTenNoIinExists()
    {
        Assert.Null(Iin.CheckDigitFor("90051530091"));
        Assert.False(Iin.TryParse("900515300910", out _, out var error));
        Assert.Equal(IinError.CheckDigitUndefined, error);
    }

    [Theory]
    [InlineData(null, IinError.Empty)]
    [InlineData("  ", IinError.Empty)]
    [InlineData("90051530012", IinError.WrongLength)]
    [InlineData("9005153001277", IinError.WrongLength)]
    [InlineData("90051530012A", IinError.NotDigits)]
    [InlineData("900515 00127", IinError.NotDigits)]
    [InlineData("900515000127", IinError.InvalidCenturyDigit)]
    [InlineData("900515700127", IinError.InvalidCenturyDigit)]
    [InlineData("900230300127", IinError.InvalidBirthDate)] // 30 February
    [InlineData("001329300127", IinError.InvalidBirthDate)]
    [InlineData("000229100127", IinError.InvalidBirthDate)] // 1900 was not a leap year
    [InlineData("900515300128", IinError.CheckDigitMismatch)]
    public void AnInvalidIinIsRejectedWithItsReason(string? text, IinError expected)
    {
        Assert.False(Iin.TryParse(text, out var iin, out var error));
        Assert.Null(iin);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void ToStringNeverShowsTheDigits()
    {
        var iin = Iin.Parse("900515300127");

        Assert.Equal("IIN(***)", iin.ToString());
        Assert.DoesNotContain("0127", $"{new { Candidate = iin }}");
    }

    [Fact]
    public void ParseFailureDoesNotEchoTheDigits()
    {
        var ex = Assert.Throws<FormatException>(() => Iin.Parse("900515300128"));

        Assert.DoesNotContain("900515", ex.Message);
        Assert.Contains(nameof(IinError.CheckDigitMismatch), ex.Message);
    }

    [Fact]
    public void TheEleventhDigitHasWeightElevenSoTheFirstWeightingCannotSeeIt()
    {
        // A property of the algorithm in the law, not a bug here: 11 ≡ 0 (mod 11).
        Assert.True(Iin.TryParse("900515300157", out _, out _));
    }

    [Fact]
    public void IinsWithTheSameDigitsAreEqual()
    {
        Assert.Equal(Iin.Parse("900515300127"), Iin.Parse("900515300127"));
    }
}

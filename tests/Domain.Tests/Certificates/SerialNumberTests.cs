using CsCheck;
using Platform.Domain.Certificates;

namespace Platform.Domain.Tests.Certificates;

/// <summary>App.2 (note): the six-level serial number of a recognition document.</summary>
public sealed class SerialNumberTests
{
    [Fact]
    public void ASerialIsFormattedWithSixHyphenatedLevels()
    {
        var serial = SerialNumber.Create("85592", "24111001", 5, new DateOnly(2025, 3, 15), "0012", 42);

        Assert.Equal("85592-24111001-5-150325-0012-00000042", serial.Format());
        Assert.Equal(serial.Format(), serial.ToString());
    }

    [Fact]
    public void AProfessionWithoutAnNkzCodeIsWrittenAsZero()
    {
        var serial = SerialNumber.Parse("01110-0-3-010126-1234-99999999");

        Assert.Equal("0", serial.Nkz);
        Assert.Equal(99_999_999, serial.Sequence);
        Assert.Equal(new DateOnly(2026, 1, 1), serial.ProcedureDate);
    }

    [Fact]
    public void TheTwoDigitYearIsReadInThe2000s()
    {
        Assert.Equal(2075, SerialNumber.Parse("85592-0-5-150375-0012-00000001").ProcedureDate.Year);
    }

    [Theory]
    [InlineData("8559-24111001-5-150325-0012-00000042", "Level 1")]
    [InlineData("8559A-24111001-5-150325-0012-00000042", "Level 1")]
    [InlineData("85592-2411100-5-150325-0012-00000042", "Level 2")]
    [InlineData("85592-00-5-150325-0012-00000042", "Level 2")]
    [InlineData("85592-24111001-9-150325-0012-00000042", "Level 3")]
    [InlineData("85592-24111001-0-150325-0012-00000042", "Level 3")]
    [InlineData("85592-24111001-55-150325-0012-00000042", "Level 3")]
    [InlineData("85592-24111001-5-300225-0012-00000042", "Level 4")]
    [InlineData("85592-24111001-5-15032025-0012-00000042", "Level 4")]
    [InlineData("85592-24111001-5-150325-12-00000042", "Level 5")]
    [InlineData("85592-24111001-5-150325-0012-42", "Level 6")]
    [InlineData("85592-24111001-5-150325-0012-00000000", "Level 6")]
    [InlineData("85592-24111001-5-150325-0012", "6 levels")]
    [InlineData("", "6 levels")]
    public void AWrongSerialNamesTheWrongLevel(string text, string expected)
    {
        Assert.False(SerialNumber.TryParse(text, out var serial, out var error));
        Assert.Null(serial);
        Assert.Contains(expected, error);
    }

    [Theory]
    [InlineData("8559", "24111001", 5, 2025, "0012", 1, "Level 1")]
    [InlineData("85592", "123", 5, 2025, "0012", 1, "Level 2")]
    [InlineData("85592", "0", 9, 2025, "0012", 1, "Level 3")]
    [InlineData("85592", "0", 5, 1999, "0012", 1, "Level 4")]
    [InlineData("85592", "0", 5, 2025, "12345", 1, "Level 5")]
    [InlineData("85592", "0", 5, 2025, "0012", 0, "Level 6")]
    public void CreateRejectsAWrongLevel(string oked, string nkz, int nrk, int year, string center, int sequence, string expected)
    {
        var ex = Assert.Throws<ArgumentException>(() => SerialNumber.Create(oked, nkz, nrk, new DateOnly(year, 1, 1), center, sequence));

        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void FormatThenParseGivesTheSameSerial()
    {
        var digits = (int n) => Gen.Int[0, 9].Array[n].Select(a => string.Concat(a));
        var gen = Gen.Select(
                digits(5),
                Gen.OneOf(Gen.Const("0"), digits(8)),
                Gen.Int[1, 8],
                Gen.DateOnly[new DateOnly(2000, 1, 1), new DateOnly(2099, 12, 31)],
                digits(4),
                Gen.Int[1, 99_999_999])
            .Select(t => SerialNumber.Create(t.Item1, t.Item2, t.Item3, t.Item4, t.Item5, t.Item6));

        gen.Sample(serial => SerialNumber.Parse(serial.Format()) == serial);
    }
}

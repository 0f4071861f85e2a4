using CsCheck;
using Platform.Domain.Identity;

namespace Platform.Domain.Tests.Identity;

/// <summary>SPEC §4: properties of IIN validation over generated valid IINs.</summary>
public sealed class IinPropertyTests
{
    private static readonly Gen<(string Text, DateOnly Birth, bool Male)> _valid =
        Gen.Select(Gen.DateOnly[new DateOnly(1800, 1, 1), new DateOnly(2099, 12, 31)], Gen.Bool, Gen.Int[0, 9999])
            .Select(t => (Text: ReferenceIin.Make(t.Item1, t.Item2, t.Item3), Birth: t.Item1, Male: t.Item2))
            .Where(t => t.Text is not null)
            .Select(t => (t.Text!, t.Birth, t.Male));

    private static readonly Gen<(string Text, int Position, char Digit)> _mutation =
        Gen.Select(_valid, Gen.Int[0, 11], Gen.Int[1, 9])
            .Select(t => (t.Item1.Text, t.Item2, (char)('0' + ((t.Item1.Text[t.Item2] - '0' + t.Item3) % 10))));

    [Fact]
    public void AGeneratedValidIinParsesWithItsBirthDateAndSex()
    {
        _valid.Sample(t =>
            Iin.TryParse(t.Text, out var iin, out _) && iin.BirthDate == t.Birth && iin.Sex == (t.Male ? Sex.Male : Sex.Female));
    }

    [Fact]
    public void ChangingTheCheckDigitAlwaysBreaksTheIin()
    {
        // Generated at the check digit directly: a filter keeping 1 case in 12 can exhaust CsCheck's retries.
        Gen.Select(_valid, Gen.Int[1, 9])
            .Select(t => (t.Item1.Text, Position: 11, Digit: (char)('0' + ((t.Item1.Text[11] - '0' + t.Item2) % 10))))
            .Sample(m => !Iin.TryParse(Mutate(m), out _, out _));
    }

    [Fact]
    public void ChangingOneOfTheFirstTenDigitsBreaksTheIinWhenTheFirstWeightingDecides()
    {
        _mutation
            .Where(m => m.Position < 10 && ReferenceIin.FirstSum(m.Text) != 10 && ReferenceIin.FirstSum(Mutate(m)) != 10)
            .Sample(m => !Iin.TryParse(Mutate(m), out _, out var error) && error != IinError.None);
    }

    [Fact]
    public void AnySingleDigitChangeIsJudgedAsTheReferenceReadingOfTheLawJudgesIt()
    {
        _mutation.Sample(m => Iin.TryParse(Mutate(m), out _, out _) == ReferenceIin.IsValid(Mutate(m)));
    }

    private static string Mutate((string Text, int Position, char Digit) m) =>
        string.Concat(m.Text.AsSpan(0, m.Position), m.Digit.ToString(), m.Text.AsSpan(m.Position + 1));
}

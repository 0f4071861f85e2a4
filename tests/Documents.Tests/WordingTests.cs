using Platform.Documents.Wording;
using Platform.Grains.Documents;

namespace Platform.Documents.Tests;

public sealed class WordingTests
{
    [Theory]
    [InlineData(DocumentLanguage.Kk)]
    [InlineData(DocumentLanguage.Ru)]
    public void EveryPhraseHasAWordingInEachLanguage(DocumentLanguage language)
    {
        var wording = DocumentWording.For(language);

        Assert.All(Enum.GetValues<Phrase>(), phrase => Assert.False(string.IsNullOrWhiteSpace(wording[phrase]), $"{phrase} ({language})"));
    }

    [Fact]
    public void TheKazakhWordingIsNotTheRussianOne()
    {
        var same = Enum.GetValues<Phrase>().Where(p => DocumentWording.Kazakh[p] == DocumentWording.Russian[p]).ToArray();

        Assert.Empty(same);
    }

    [Fact]
    public void PlaceholdersMatchAcrossLanguages()
    {
        foreach (var phrase in Enum.GetValues<Phrase>())
        {
            Assert.Equal(Placeholders(DocumentWording.Russian[phrase]), Placeholders(DocumentWording.Kazakh[phrase]));
        }
    }

    private static string[] Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Distinct().Order().ToArray();
}

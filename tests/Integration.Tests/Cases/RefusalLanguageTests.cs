using System.Net;
using System.Text.Json;
using Platform.Integration.Tests.Infrastructure;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Cases;

/// <summary>
/// A refusal reads in the candidate's language: the ProblemDetails' detail carries the reason of the rule in Kazakh
/// or Russian by Accept-Language (English otherwise), not only the title.
/// </summary>
public sealed class RefusalLanguageTests
{
    private static readonly object Identity = new
    {
        iin = "900515300018", surname = "Демокандидатов", givenName = "Тимур", patronymic = "Ержанұлы",
        homeAddress = "Алматы, Сейфуллин к-сі, 10", email = "timur@example.kz", mobilePhone = "+7 701 000 0001",
        workPhone = (string?)null, consentToProcessing = true, consentToNskPlacement = true,
    };

    [Fact]
    public async Task AnExamDateOutsideTheP6WindowIsRefusedWithItsReasonInKazakhRussianOrEnglish()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.1", Identity);
        var caseId = (await world.OkAsync(HttpMethod.Post, "/api/v1/cases", "candidate.1", new
        {
            centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5, attachments = Array.Empty<object>(), personalDataConsent = true, examLanguage = "ru",
        })).GetProperty("caseId").GetString()!;
        var center = $"/api/v1/centers/0001/cases/{caseId}";
        await world.OkAsync(HttpMethod.Post, $"{center}/contract", "registrar.0001");
        var early = new { startsAt = Almaty(2026, 3, 16), place = "Алматы, Абай даңғылы, 10", online = false };

        var kk = await RefusedAsync(world, $"{center}/exam-notice", early, "kk-KZ, ru;q=0.8");
        Assert.Equal("kk", kk.GetProperty("language").GetString());
        Assert.Equal("Әрекетке Қағидалар жол бермейді", kk.GetProperty("title").GetString());
        Assert.StartsWith(
            "Кәсіптік біліктілікті тану қағидаларының 6-тармағы: 02.03.2026 жіберілген хабарлама бойынша емтихан күні 17.03.2026 бастап",
            kk.GetProperty("detail").GetString());
        Assert.EndsWith("жұмыс күнінен артық емес) болуы тиіс.", kk.GetProperty("detail").GetString());

        var ru = await RefusedAsync(world, $"{center}/exam-notice", early, "ru");
        Assert.Equal("ru", ru.GetProperty("language").GetString());
        Assert.Equal("Действие не допускается Правилами", ru.GetProperty("title").GetString());
        Assert.StartsWith(
            "Пункт 6 Правил признания профессиональных квалификаций: при уведомлении, направленном 02.03.2026, дата экзамена должна быть не ранее 17.03.2026",
            ru.GetProperty("detail").GetString());
        Assert.DoesNotContain("the exam date", ru.GetProperty("detail").GetString());

        var en = await RefusedAsync(world, $"{center}/exam-notice", early, null);
        Assert.Equal("en", en.GetProperty("language").GetString());
        Assert.StartsWith("P6: the exam date must be from 17.03.2026 to ", en.GetProperty("detail").GetString());

        foreach (var problem in new[] { kk, ru, en })
        {
            Assert.Equal("P6", problem.GetProperty("rule").GetString());
        }
    }

    [Fact]
    public async Task ARefusalOfTheTableReadsInRussian()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", "candidate.1", Identity);
        var caseId = (await world.OkAsync(HttpMethod.Post, "/api/v1/cases", "candidate.1", new
        {
            centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5, attachments = Array.Empty<object>(), personalDataConsent = true, examLanguage = "ru",
        })).GetProperty("caseId").GetString()!;

        var notice = new { startsAt = Almaty(2026, 3, 17), place = "Алматы, Абай даңғылы, 10", online = false };
        var ru = await RefusedAsync(world, $"/api/v1/centers/0001/cases/{caseId}/exam-notice", notice, "ru-RU");

        Assert.Equal("P6", ru.GetProperty("rule").GetString());
        Assert.Equal(
            "Пункт 6 Правил признания профессиональных квалификаций: уведомление об экзамене направляется после заключения договора "
            + "либо при переносе экзамена по пункту 7 или 11 Правил; из текущего состояния это действие недоступно.",
            ru.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task ACommissionOfTwoIsRefusedUnderP9InKazakh()
    {
        await using var world = await World.Create(Almaty(2026, 3, 2)).WithDemoData().WithFrontend().StartAsync();
        var body = new
        {
            kind = "examination",
            members = new[]
            {
                new { subject = "commission.0001.a", printedName = "А. Ахметов", role = "chair" },
                new { subject = "commission.0001.b", printedName = "Б. Бекова", role = "member" },
            },
            examinationCommissionId = (string?)null,
            caseId = (string?)null,
        };

        using var response = await world.SendAsync(HttpMethod.Put, "/api/v1/centers/0001/commissions/com-0001-two", "head.0001", body, "kk");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("P9", problem.GetProperty("rule").GetString());
        Assert.Equal(
            "Кәсіптік біліктілікті тану қағидаларының 9-тармағы: комиссия кемінде үш мүшеден тұрады, олардың біреуі төраға болып табылады.",
            problem.GetProperty("detail").GetString());
    }

    private static async Task<JsonElement> RefusedAsync(World world, string url, object body, string? language)
    {
        using var response = await world.SendAsync(HttpMethod.Post, url, "registrar.0001", body, language);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}

using System.Globalization;
using MimeKit;
using Platform.Domain.Calendar;
using Platform.Grains.Candidates;
using Platform.Grains.Documents;
using Platform.Integration.Tests.Infrastructure;
using Platform.Silo.Mail;

namespace Platform.Integration.Tests.Mail;

/// <summary>
/// Issue 13: every notice reaches the candidate's e-mail with its PDF, through the outbox in PostgreSQL and a real SMTP
/// server (tools/LocalMail in the test process) — once, whatever fails on the way.
/// </summary>
[Collection(MailCollection.Name)]
public sealed class NoticeMailTests(MailPlatformFixture platform)
{
    private const string Email = "a.akhmetova@example.kz";

    [Theory]
    [InlineData("kk", "Ескертулері бар хабарлама", "Сәлеметсіз бе!")]
    [InlineData("ru", "Уведомление о замечаниях к заявлению", "Здравствуйте!")]
    public async Task ANoticeArrivesWithItsPdfInTheCandidatesLanguage(string language, string title, string greeting)
    {
        var candidate = await platform.RegisterCandidateAsync(Email);

        var (caseId, notice) = await platform.RemarksNoticeAsync(candidate, language);

        var mail = await platform.MailForAsync(notice.DocumentId);
        var date = KazakhstanTime.DateOf(notice.IssuedAt).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        Assert.Equal(Email, Assert.Single(mail.To.Mailboxes).Address);
        Assert.Contains(title, mail.Subject);
        Assert.Contains(date, mail.Subject);
        Assert.StartsWith(greeting, mail.TextBody);
        Assert.Contains($"«{title}»", mail.TextBody);
        Assert.Contains(date, mail.TextBody);
        Assert.Contains($"http://127.0.0.1:5080/me/cases/{caseId}", mail.TextBody);
        Assert.DoesNotContain(MailPlatformFixture.MaskedIin, mail.Subject + mail.TextBody);

        var pdf = Assert.IsType<MimePart>(Assert.Single(mail.Attachments));
        Assert.Equal("application/pdf", pdf.ContentType.MimeType);
        Assert.EndsWith($"-{language}.pdf", pdf.FileName);
        using var content = new MemoryStream();
        await pdf.Content!.DecodeToAsync(content);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(content.ToArray(), 0, 5));

        Assert.Equal(("sent", 1, (string?)null), await platform.RowAsync(notice.DocumentId));
    }

    [Fact]
    public async Task ACandidateWithoutAnEmailGetsNothing()
    {
        var candidate = await platform.RegisterCandidateAsync(email: null);

        var (caseId, notice) = await platform.RemarksNoticeAsync(candidate, "ru");

        // The outbox is written in the filing's own turn: nothing there now is nothing ever.
        Assert.Equal(0L, await platform.World.ScalarAsync<long>("select count(*) from mail_outbox where case_id = $1", caseId));
        await platform.Dispatcher.DispatchRoundAsync(CancellationToken.None);
        Assert.Empty(platform.MailsFor(notice.DocumentId));
    }

    [Fact]
    public async Task AMailServerOutageKeepsTheNoticePendingUntilTheServerIsBack()
    {
        var candidate = await platform.RegisterCandidateAsync(Email);
        DocumentHeader notice;
        await platform.StopServerAsync();
        try
        {
            (_, notice) = await platform.RemarksNoticeAsync(candidate, "kk");

            var (state, attempts, error) = await FailedOnceAsync(notice.DocumentId);
            Assert.Equal(("pending", 1), (state, attempts));
            Assert.Contains("refused", error, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            await platform.StartServerAsync();
        }

        // Back, but the backoff has not passed: not retried yet.
        Assert.Equal(0, await platform.Dispatcher.DispatchRoundAsync(CancellationToken.None));
        Assert.Empty(platform.MailsFor(notice.DocumentId));

        platform.World.Clock.Advance(new MailOptions().RetryBase + TimeSpan.FromSeconds(1));
        await platform.Dispatcher.DispatchRoundAsync(CancellationToken.None); // or the dispatcher's own round, woken by the clock
        await platform.MailForAsync(notice.DocumentId);
        Assert.Equal(("sent", 2, (string?)null), await platform.RowAsync(notice.DocumentId));
    }

    [Fact]
    public async Task ANoticePendingWhenTheSiloRestartsIsSentByTheNextOne()
    {
        var candidate = await platform.RegisterCandidateAsync(Email);
        DocumentHeader notice;
        await platform.StopServerAsync();
        try
        {
            (_, notice) = await platform.RemarksNoticeAsync(candidate, "ru");
            await FailedOnceAsync(notice.DocumentId);
            await platform.World.RestartSiloAsync();
        }
        finally
        {
            await platform.StartServerAsync();
        }

        platform.World.Clock.Advance(new MailOptions().RetryBase + TimeSpan.FromSeconds(1));
        await platform.Dispatcher.DispatchRoundAsync(CancellationToken.None);
        await platform.MailForAsync(notice.DocumentId);
        Assert.Equal(("sent", 2, (string?)null), await platform.RowAsync(notice.DocumentId));
    }

    [Fact]
    public async Task DispatchersRacingForTheOutboxSendEachNoticeOnce()
    {
        var candidate = await platform.RegisterCandidateAsync(Email);
        var notices = new List<DocumentHeader>();
        await platform.StopServerAsync();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                notices.Add((await platform.RemarksNoticeAsync(candidate, "ru")).Notice);
            }

            foreach (var notice in notices)
            {
                await FailedOnceAsync(notice.DocumentId);
            }
        }
        finally
        {
            await platform.StartServerAsync();
        }

        // All due at once, claimed by four rounds together (and the silo's own, woken by the clock).
        platform.World.Clock.Advance(new MailOptions().RetryBase + TimeSpan.FromSeconds(1));
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => platform.Dispatcher.DispatchRoundAsync(CancellationToken.None))));
        foreach (var notice in notices)
        {
            await platform.MailForAsync(notice.DocumentId);
        }

        // Run again, and the notice filed again (a replay after a crash): nothing more is sent.
        var filed = (await platform.World.Grains.GetGrain<ICandidateGrain>(candidate).GetDocument(notices[0].DocumentId))!;
        await platform.World.Grains.GetGrain<ICandidateGrain>(candidate).File(filed, DocumentLanguage.Ru);
        await platform.World.Grains.GetGrain<ICandidateGrain>(candidate).File(filed);
        Assert.Equal(0, await platform.Dispatcher.DispatchRoundAsync(CancellationToken.None));
        foreach (var notice in notices)
        {
            Assert.Single(platform.MailsFor(notice.DocumentId));
            Assert.Equal(("sent", 2, (string?)null), await platform.RowAsync(notice.DocumentId));
        }

        Assert.Equal(1L, await platform.World.ScalarAsync<long>("select count(*) from mail_outbox where document_id = $1", notices[0].DocumentId));
    }

    /// <summary>Waits for the dispatcher's first attempt to fail (it is woken by the enqueue; its error is written last).</summary>
    private async Task<(string State, int Attempts, string Error)> FailedOnceAsync(Guid documentId)
    {
        var row = await World.EventuallyAsync(() => platform.RowAsync(documentId), r => r.Error is not null, $"the failed attempt of {documentId}");
        return (row.State, row.Attempts, row.Error!);
    }
}

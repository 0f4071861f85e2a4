using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MimeKit;
using Platform.Grains.Candidates;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;
using Platform.Integration.Tests.Infrastructure;
using Platform.LocalMail;
using Platform.Silo.Mail;
using static Platform.Integration.Tests.Procedure.Cases;

namespace Platform.Integration.Tests.Mail;

/// <summary>
/// One <see cref="Infrastructure.World"/> whose silo sends notices through the real local SMTP server of
/// <c>tools/LocalMail</c>, hosted in the test process on a free port, writing each message into a folder of its own.
/// </summary>
public sealed class MailPlatformFixture : IAsyncLifetime
{
    /// <summary>What no test candidate's mail may contain: their (masked) IIN.</summary>
    public const string MaskedIin = "••••••••7788";

    private World? _world;
    private LocalMailServer? _server;

    public int Port { get; } = FreePort.Next();

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "qrp-tests", $"mail-{Environment.ProcessId}-{Guid.NewGuid():N}");

    public World World => _world ?? throw new InvalidOperationException("the platform is not started");

    public NoticeMailDispatcher Dispatcher => World.SiloServices.GetServices<IHostedService>().OfType<NoticeMailDispatcher>().Single();

    public async Task InitializeAsync()
    {
        await StartServerAsync();
        _world = await World.Create(Almaty(2026, 3, 2)).WithTestCandidate()
            .WithServices(services => services.Configure<MailOptions>(options => (options.Host, options.Port) = ("127.0.0.1", Port)))
            .StartAsync();
    }

    /// <summary>Starts the mail server on the fixture's port (again, after <see cref="StopServerAsync"/>).</summary>
    public async Task StartServerAsync()
    {
        _server = new LocalMailServer(Folder, Port);
        await _server.StartAsync();
    }

    /// <summary>Stops the mail server: the port refuses connections, as a mail server that is down.</summary>
    public async Task StopServerAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }

    /// <summary>A candidate of their own with the e-mail given (null: none).</summary>
    public async Task<string> RegisterCandidateAsync(string? email)
    {
        var key = "cand-" + Guid.NewGuid().ToString("N")[..28];
        await World.Grains.GetGrain<ICandidateGrain>(key).Register(new CandidateIdentity(
            "test-protected", MaskedIin, new PersonName("Ахметова", "Айгерим", "Серікқызы"), new DateOnly(1990, 5, 17),
            new CandidateContacts("Алматы, Сейфуллин к-сі, 10", email ?? "", "+7 701 000 0000", null), true, true));
        return key;
    }

    /// <summary>A new case of the candidate in <paramref name="language"/> with remarks sent (P5): its id and the remarks notice.</summary>
    public async Task<(string CaseId, DocumentHeader Notice)> RemarksNoticeAsync(string candidateKey, string language)
    {
        var caseId = NewCaseId();
        var application = World.Grains.GetGrain<IApplicationGrain>(caseId);
        Assert.True((await application.Submit(Application(candidateKey: candidateKey) with { ExamLanguage = language })).Accepted);
        Assert.True((await application.SendRemarks(new SendRemarks(Guid.NewGuid(), ["The diploma copy is unreadable"], Registrar))).Accepted);
        var file = await World.Grains.GetGrain<ICandidateGrain>(candidateKey).GetPersonalFile();
        return (caseId, Assert.Single(file, h => h.CaseReference == caseId && h.Kind == DocumentKind.RemarksNotice));
    }

    /// <summary>The messages the server received for a document (its Message-Id names it).</summary>
    public IReadOnlyList<MimeMessage> MailsFor(Guid documentId) =>
        [.. Directory.GetFiles(Folder, "*.eml").Select(path => MimeMessage.Load(path)).Where(m => m.MessageId is { } id && id.StartsWith($"{documentId:N}@", StringComparison.Ordinal))];

    /// <summary>
    /// Waits (bounded, 20 s) for the real SMTP delivery of a document's mail, and for its outbox row to record it (the
    /// server has the message a moment before the dispatcher writes that it was accepted).
    /// </summary>
    public async Task<MimeMessage> MailForAsync(Guid documentId)
    {
        var mails = await World.EventuallyAsync(() => Task.FromResult(MailsFor(documentId)), found => found.Count > 0, $"the mail of {documentId}");
        await World.EventuallyAsync(() => RowAsync(documentId), row => row.State != "pending", $"the outbox row of {documentId} recorded");
        return Assert.Single(mails);
    }

    /// <summary>The outbox row of a document: state, attempts and last error.</summary>
    public async Task<(string State, int Attempts, string? Error)> RowAsync(Guid documentId) => (
        await World.ScalarAsync<string>("select state from mail_outbox where document_id = $1", documentId),
        await World.ScalarAsync<int>("select attempts from mail_outbox where document_id = $1", documentId),
        await World.ScalarAsync<object>("select last_error from mail_outbox where document_id = $1", documentId) as string);

    public async Task DisposeAsync()
    {
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }

        await StopServerAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind harms nothing.
        }
    }
}

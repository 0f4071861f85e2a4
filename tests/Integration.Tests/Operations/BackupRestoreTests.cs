using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;
using Platform.Documents.Signing;
using Platform.Domain.Procedure;
using Platform.Grains.Candidates;
using Platform.Grains.Certificates;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;
using Platform.Grains.Sittings;
using Platform.Integration.Tests.Certificates;
using Platform.Integration.Tests.Infrastructure;
using Platform.Integration.Tests.Security;
using static Platform.Integration.Tests.Procedure.Cases;
using LiveSittings = Platform.Integration.Tests.Sittings.Live.LiveSittings;

namespace Platform.Integration.Tests.Operations;

/// <summary>
/// Issue 17, backup and restore (docs/operations.md): a running platform backed up by <c>scripts/backup.sh</c>, lost,
/// restored by <c>scripts/restore.sh</c> into a PostgreSQL cluster of its own that never saw it, and started again with
/// the secrets kept apart from the dump: every case, certificate and personal file reads back as it was, the
/// certificates still verify, and the candidate in the middle of an online theory resumes with every acknowledged
/// answer and the time left to the same deadline.
/// </summary>
public sealed class BackupRestoreTests
{
    private const string CandidateAccount = LiveSittings.Candidate;
    private const string RegistrarAccount = LiveSittings.Registrar;

    private static readonly DateTimeOffset ExamMorning = Almaty(2026, 3, 17, 9, 30);
    private static readonly DateTimeOffset ExamAt = Almaty(2026, 3, 17, 10);

    [Fact]
    public async Task APlatformRestoredIntoAFreshClusterReadsEveryCaseAndCertificateBackAndTheOpenSittingResumes()
    {
        var work = Path.Combine(Path.GetTempPath(), "qrp-tests", "backup-" + Guid.NewGuid().ToString("N"));
        var (original, restored, backups) = (Path.Combine(work, "original"), Path.Combine(work, "restored"), Path.Combine(work, "backups"));
        PostgresCluster? fresh = null;
        try
        {
            // The platform as it ran: cases, certificates (one revoked), an upload, an online theory half answered.
            State before;
            string dump;
            await using (var world = await World.Create(LiveSittings.Start).WithDemoData().WithDataDirectory(original).WithFrontend().StartAsync())
            {
                var live = await BuildAsync(world);
                before = await ReadAsync(world, live);

                // Hot: taken while the platform runs, as it would be during a national sitting.
                dump = await OperationsScripts.RunAsync("backup.sh", new Dictionary<string, string>
                {
                    ["PLATFORM_POSTGRES"] = world.Database,
                    ["PLATFORM_UPLOADS"] = Path.Combine(original, "uploads"),
                }, backups);
            }

            // The loss: the database server and the data folder are gone; what is left is the backup and the secrets,
            // kept apart from it (here: the development secrets the original generated, copied as a secret store's
            // backup would give them back).
            fresh = await PostgresCluster.StartPrivateAsync();
            var database = new NpgsqlConnectionStringBuilder(fresh.ServerConnectionString) { Database = "platform", MaxPoolSize = 40 }.ConnectionString;
            await OperationsScripts.RunAsync("restore.sh", new Dictionary<string, string>
            {
                ["PLATFORM_POSTGRES"] = database,
                ["PLATFORM_UPLOADS"] = Path.Combine(restored, "uploads"),
            }, dump);
            CopySecrets(Path.Combine(original, "secrets"), Path.Combine(restored, "secrets"));

            await using var back = await World.Create(before.At).OnDatabase(database).WithDataDirectory(restored).WithFrontend().StartAsync();
            var after = await ReadAsync(back, before.Live);

            Assert.Equal(before.Cases.Keys.Order(), after.Cases.Keys.Order());
            Assert.All(before.Cases, pair => Assert.Equal(pair.Value, after.Cases[pair.Key]));
            Assert.Equal(before.Certificates, after.Certificates);
            Assert.Equal(before.PersonalFiles, after.PersonalFiles);
            Assert.Equal(before.Profile, after.Profile);
            Assert.Equal(before.SittingLog, after.SittingLog);
            await CertificatesVerifyAsync(back, before);
            await TheUploadReadsBackAsync(back, before.Live);
            await TheSittingResumesAsync(back, before);
        }
        finally
        {
            if (fresh is not null)
            {
                await fresh.StopAsync();
            }

            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary>What the test built: the live case (with its uploaded diploma) and its sitting, and the two certificates.</summary>
    private sealed record Live(string CaseId, string SittingId, string Upload, byte[] Diploma, string ValidSerial, string RevokedSerial);

    /// <summary>What the platform answers, as JSON, at one instant of its procedure clock.</summary>
    private sealed record State(
        DateTimeOffset At,
        Live Live,
        Dictionary<string, string> Cases,
        string Certificates,
        string PersonalFiles,
        string Profile,
        string SittingLog,
        TheorySheet Sheet);

    /// <summary>
    /// On Mon 2 Mar candidate.1 applies over HTTP with an uploaded diploma and is scheduled for an online exam on Tue
    /// 17 Mar; two more of their cases are scheduled for 10:00 and a fourth only submitted. On the morning the online
    /// theory opens at 9:30 (60 minutes); at 10:00 the two cases pass and get their certificates, one is then revoked,
    /// and the candidate answers half the theory.
    /// </summary>
    private static async Task<Live> BuildAsync(World world)
    {
        await world.OkAsync(HttpMethod.Put, "/api/v1/candidates/me", CandidateAccount, new
        {
            iin = "900515300018", surname = "Демокандидатов", givenName = "Тимур", patronymic = "Ержанұлы",
            homeAddress = "Алматы, Сейфуллин к-сі, 10", email = "timur@example.kz", mobilePhone = "+7 701 000 0001",
            workPhone = (string?)null, consentToProcessing = true, consentToNskPlacement = true,
        });
        var candidateKey = (await world.OkAsync(HttpMethod.Get, "/api/v1/candidates/me", CandidateAccount)).GetProperty("candidateKey").GetString()!;
        var diploma = SampleFiles.Pdf();
        using var file = new ByteArrayContent(diploma) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } };
        using var upload = await world.SendContentAsync(HttpMethod.Post, "/api/v1/candidates/me/uploads", CandidateAccount, file);
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var stored = (await World.JsonAsync(upload)).GetProperty("id").GetString()!;
        var caseId = (await world.OkAsync(HttpMethod.Post, "/api/v1/cases", CandidateAccount, new
        {
            centerNumber = "0001", programCode = "accountant-nrk5", nrkLevel = 5, personalDataConsent = true, examLanguage = "ru",
            attachments = new[] { new { kind = "education", title = "Diploma", storedAs = stored } },
        })).GetProperty("caseId").GetString()!;
        await world.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{caseId}/contract", RegistrarAccount);
        await world.OkAsync(HttpMethod.Post, $"/api/v1/centers/0001/cases/{caseId}/exam-notice", RegistrarAccount,
            new { startsAt = Almaty(2026, 3, 17), place = "Online", online = true });

        var passing = new[] { NewCaseId(), NewCaseId() }.Select(id => world.Grains.GetGrain<IApplicationGrain>(id)).ToArray();
        foreach (var application in passing)
        {
            Issuing.Accepted(await application.Submit(Application(candidateKey: candidateKey)));
            Issuing.Accepted(await application.ConcludeContract(By(Registrar)));
            Issuing.Accepted(await application.ScheduleExam(new ScheduleExam(Guid.NewGuid(), ExamAt, "Almaty, Abay 1", false, null, Registrar)));
        }

        Issuing.Accepted(await world.Grains.GetGrain<IApplicationGrain>(NewCaseId()).Submit(Application(candidateKey: candidateKey)));

        world.Clock.SetUtcNow(ExamMorning);
        var sittingId = await LiveSittings.CaseInTheoryAsync(world, caseId, CandidateAccount);

        world.Clock.SetUtcNow(ExamAt);
        var serials = new List<string>();
        foreach (var application in passing)
        {
            await Issuing.PassAsync(application);
            serials.Add(Issuing.Accepted(await application.IssueCertificate(By(Head))).CertificateSerial!);
        }

        await world.OkAsync(HttpMethod.Post, $"/api/v1/admin/certificates/{serials[1]}/revocation", "administrator", new { reason = "Issued by mistake" });

        var candidate = await world.ConnectAsync("/hubs/sitting", CandidateAccount);
        var sheet = await candidate.InvokeAsync<TheorySheet>("Resume", sittingId);
        foreach (var question in sheet.Questions.Take(sheet.Questions.Count / 2))
        {
            var receipt = await candidate.InvokeAsync<AnswerReceipt>("SaveAnswer", question.QuestionId, question.Options[question.Number % question.Options.Count].Id, 1L);
            Assert.True(receipt.Saved);
        }

        return new Live(caseId, sittingId, stored, diploma, serials[0], serials[1]);
    }

    /// <summary>Every case the projection lists and each candidate's personal file, from the grains; the rest over HTTP.</summary>
    private static async Task<State> ReadAsync(World world, Live live)
    {
        var cases = new Dictionary<string, string>();
        var candidates = new SortedSet<string>(StringComparer.Ordinal);
        var serials = new SortedSet<string>(StringComparer.Ordinal);
        await using (var connection = new NpgsqlConnection(world.Database))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("select case_id, candidate_key, certificate_serial from case_projection", connection);
            await using var rows = await command.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                cases[rows.GetString(0)] = "";
                candidates.Add(rows.GetString(1));
                if (!rows.IsDBNull(2))
                {
                    serials.Add(rows.GetString(2));
                }
            }
        }

        Assert.Equal(4, cases.Count);
        Assert.Equal(new SortedSet<string>([live.ValidSerial, live.RevokedSerial], StringComparer.Ordinal), serials);
        foreach (var caseId in cases.Keys.ToList())
        {
            cases[caseId] = Json(await world.Grains.GetGrain<IApplicationGrain>(caseId).Get());
        }

        var certificates = new List<string>();
        foreach (var serial in serials)
        {
            certificates.Add(Json(await world.Grains.GetGrain<ICertificateGrain>(CertificateKeys.For(serial)).Get()));
        }

        var files = new List<string>();
        foreach (var key in candidates)
        {
            var candidate = world.Grains.GetGrain<ICandidateGrain>(key);
            foreach (var header in await candidate.GetPersonalFile())
            {
                var document = (await candidate.GetDocument(header.DocumentId))!;
                files.Add(Json(document.Header) + Json(document.Content));
            }
        }

        var sitting = world.Grains.GetGrain<IExamSessionGrain>(live.SittingId);
        return new State(
            world.Clock.GetUtcNow(), live, cases, string.Join("\n", certificates), string.Join("\n", files),
            (await world.OkAsync(HttpMethod.Get, "/api/v1/candidates/me", CandidateAccount)).ToString(),
            Json(await sitting.ExportEventLog()),
            (await sitting.Resume())!);
    }

    /// <summary>App.2: the restored platform publishes the same key, which checks each certificate's signature and QR code; the register answers.</summary>
    private static async Task CertificatesVerifyAsync(World world, State before)
    {
        using var pem = await world.SendAsync(HttpMethod.Get, "/.well-known/certificate-signing-key.pem", null);
        Assert.Equal(HttpStatusCode.OK, pem.StatusCode);
        using var verifier = CertificateVerifier.FromPublicKeyPem(await pem.Content.ReadAsStringAsync());
        var file = await world.OkAsync<List<DocumentHeader>>(HttpMethod.Get, "/api/v1/candidates/me/documents", CandidateAccount);
        var candidateKey = (await world.OkAsync(HttpMethod.Get, "/api/v1/candidates/me", CandidateAccount)).GetProperty("candidateKey").GetString()!;
        var signed = new List<string>();
        foreach (var header in file.Where(h => h.Kind == DocumentKind.Certificate))
        {
            var certificate = Assert.IsType<Certificate>((await world.Grains.GetGrain<ICandidateGrain>(candidateKey).GetDocument(header.DocumentId))!.Content);
            Assert.True(verifier.Verify(certificate), $"the signature of {certificate.SerialNumber} does not verify after the restore");
            Assert.True(verifier.VerifyQrPayload(CertificateQrPayload.Build(certificate), certificate with { Signature = "" }));
            signed.Add(certificate.SerialNumber);

            using var pdf = await world.SendAsync(HttpMethod.Get, $"/api/v1/candidates/me/documents/{header.DocumentId}.pdf?lang=kk", CandidateAccount);
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]));
        }

        Assert.Equal(new[] { before.Live.ValidSerial, before.Live.RevokedSerial }.Order(), signed.Order());
        foreach (var (serial, status) in new[] { (before.Live.ValidSerial, "valid"), (before.Live.RevokedSerial, "revoked") })
        {
            using var verified = await world.SendAsync(HttpMethod.Get, $"/api/v1/certificates/{serial}", null);
            Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
            Assert.Equal(status, (await World.JsonAsync(verified)).GetProperty("status").GetString());
        }
    }

    /// <summary>P4: the copy the candidate uploaded is read by the center from the restored uploads folder, byte for byte.</summary>
    private static async Task TheUploadReadsBackAsync(World world, Live live)
    {
        using var read = await world.SendAsync(HttpMethod.Get, $"/api/v1/cases/{live.CaseId}/attachments/{live.Upload}", RegistrarAccount);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(live.Diploma, await read.Content.ReadAsByteArrayAsync());
    }

    /// <summary>
    /// SPEC §5, P9: the candidate reconnects to the restored platform and finds every acknowledged answer, the same
    /// deadline and the time left to it; the theory goes on (another answer is taken) and its clock runs from there.
    /// </summary>
    private static async Task TheSittingResumesAsync(World world, State before)
    {
        var candidate = await world.ConnectAsync("/hubs/sitting", CandidateAccount);
        var resumed = await candidate.InvokeAsync<TheorySheet>("Resume", before.Live.SittingId);

        Assert.Equal(SittingState.TheoryOpen, resumed.State);
        Assert.Equal(before.Sheet.Questions.Count / 2, resumed.Answers.Count);
        Assert.Equal(Answers(before.Sheet), Answers(resumed));
        Assert.Equal((ExamMorning.AddMinutes(60), TimeSpan.FromMinutes(30)), (before.Sheet.Deadline, before.Sheet.TimeLeft));
        Assert.Equal((before.Sheet.Deadline, before.Sheet.TimeLeft), (resumed.Deadline, resumed.TimeLeft));

        var next = resumed.Questions[^1];
        Assert.True((await candidate.InvokeAsync<AnswerReceipt>("SaveAnswer", next.QuestionId, next.Options[0].Id, 1L)).Saved);
        world.Clock.Advance(TimeSpan.FromMinutes(4));
        var later = await candidate.InvokeAsync<TheorySheet>("Resume", before.Live.SittingId);
        Assert.Equal((resumed.Answers.Count + 1, TimeSpan.FromMinutes(26)), (later.Answers.Count, later.TimeLeft));
    }

    private static Dictionary<string, string> Answers(TheorySheet sheet) => sheet.Answers.ToDictionary(a => a.QuestionId, a => a.OptionId);

    /// <summary>The secret store's own backup given back: the files a development platform keeps its generated secrets in.</summary>
    private static void CopySecrets(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }
    }

    /// <summary>A value as JSON by its runtime type, so two reads compare member by member.</summary>
    private static string Json(object? value) => value is null ? "null" : JsonSerializer.Serialize(value, value.GetType());
}

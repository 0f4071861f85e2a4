using Microsoft.Extensions.Logging.Abstractions;
using Platform.Domain.Calendar;
using Platform.Domain.Certificates;
using Platform.Domain.Deadlines;
using Platform.Domain.Procedure;
using Platform.Domain.Programs;
using Platform.Domain.Rules;
using Platform.Grains.Candidates;
using Platform.Grains.Centers;
using Platform.Grains.Certificates;
using Platform.Grains.Documents;
using Platform.Grains.Procedure;

namespace Platform.Integration.Tests.Certificates;

/// <summary>
/// The issuance of a case's certificate (P18, App.2) against a registrar, a seal and a retry timer in memory: no silo.
/// P18: issued after a positive decision (a pass, or an upheld appeal), refused otherwise; App.2: signed by the head.
/// </summary>
public sealed class CertificateIssuanceTests
{
    private static readonly DateOnly Today = new(2026, 3, 20);

    private readonly RegistrarInMemory _registrar = new();
    private readonly List<Func<Task>> _retries = [];
    private readonly CertificateIssuance _issuance;

    public CertificateIssuanceTests() => _issuance = new(_registrar, () => new SealInMemory(), NullLogger.Instance, work =>
    {
        _retries.Add(work);
        return new Stopped(() => _retries.Remove(work));
    });

    private static readonly Actor Head = new("head-1", Roles.HeadOfCenter, "0001");

    [Theory]
    [InlineData(ApplicationState.Passed)]
    [InlineData(ApplicationState.AppealUpheld)]
    public void AfterAPositiveDecisionTheHeadIssuesTheCertificate(ApplicationState decided) =>
        Assert.Null(CertificateIssuance.Check(decided, Head));

    [Theory]
    [InlineData(Roles.Registrar)]
    [InlineData(Roles.CommissionMember)]
    [InlineData(Roles.Candidate)]
    public void OnlyTheHeadOfTheCenterSignsTheCertificate(string role)
    {
        var refusal = CertificateIssuance.Check(ApplicationState.Passed, new Actor("someone", role, "0001"));

        Assert.Equal((Rule.App2.Id, "CertificateSignedByHead"), (refusal?.Rule.Id, refusal?.Message));
    }

    [Theory]
    [InlineData(ApplicationState.NotPassed)]
    [InlineData(ApplicationState.AwaitingProtocol)]
    [InlineData(ApplicationState.InExam)]
    [InlineData(ApplicationState.Registered)]
    [InlineData(ApplicationState.CertificateIssued)]
    public void WithoutAPositiveDecisionNoCertificateIsIssued(ApplicationState status)
    {
        var refusal = CertificateIssuance.Check(status, Head);

        Assert.Equal(Rule.P18.Id, refusal?.Rule.Id);
    }

    [Fact]
    public async Task IssuingEntersTheCertificateAndMeetsTheDeadlineToIssueIt()
    {
        var @case = Case(examOn: null);
        var step = new Step(WorkingCalendar.Shipped(), new DateTimeOffset(2026, 3, 20, 5, 0, 0, TimeSpan.Zero));
        new CaseDeadlines(@case).Open(DeadlineKind.DocumentIssue, step);
        var certificate = await _issuance.SealAsync(@case, "case-1", Context(), Today);

        CertificateIssuance.Issue(@case, "case-1", certificate, step);

        Assert.Equal((ApplicationState.CertificateIssued, certificate.SerialNumber), (@case.Status, @case.CertificateSerial));
        Assert.Equal(DeadlineStatus.Met, @case.Deadlines[DeadlineKind.DocumentIssue].Status);
        Assert.NotNull(@case.CertificateToRegister);
    }

    [Fact]
    public async Task ARegistrationThatFailsIsRetriedUntilItSucceeds()
    {
        var @case = Case(examOn: null);
        CertificateIssuance.Enter(@case, "case-1", await _issuance.SealAsync(@case, "case-1", Context(), Today));
        var state = new StateInMemory(@case);
        _registrar.Fails = true;

        await _issuance.TryCompleteAsync(state, "case-1");
        await _issuance.TryCompleteAsync(state, "case-1");

        var retry = Assert.Single(_retries);
        Assert.Equal(0, state.Writes);
        _registrar.Fails = false;
        await retry();
        Assert.Empty(_retries);
        Assert.Equal(1, state.Writes);
        Assert.Null(@case.CertificateToRegister);
        Assert.Single(_registrar.Registered);
    }

    [Fact]
    public async Task TheSerialCarriesTheCentersNextNumberAndTheDayOfTheExam()
    {
        var @case = Case(examOn: new DateTimeOffset(2026, 3, 16, 4, 0, 0, TimeSpan.Zero));

        var certificate = await _issuance.SealAsync(@case, "case-1", Context(), Today);

        var serial = SerialNumber.Parse(certificate.SerialNumber);
        Assert.Equal((7, "0001", new DateOnly(2026, 3, 16)), (serial.Sequence, serial.CenterNumber, serial.ProcedureDate));
        Assert.Equal(("0001", "case-1"), _registrar.Allocated.Single());
        Assert.Equal("sealed", certificate.Signature);
        Assert.Equal(Today, certificate.IssuedOn);
    }

    [Fact]
    public async Task SealingChangesNothingInTheCase()
    {
        var @case = Case(examOn: null);

        await _issuance.SealAsync(@case, "case-1", Context(), Today);

        Assert.Null(@case.CertificateSerial);
        Assert.Null(@case.CertificateToRegister);
    }

    [Fact]
    public async Task AnEnteredCertificateIsRegisteredOnceAndThenCleared()
    {
        var @case = Case(examOn: null);
        var certificate = await _issuance.SealAsync(@case, "case-1", Context(), Today);
        CertificateIssuance.Enter(@case, "case-1", certificate);
        Assert.Equal(ApplicationState.CertificateIssued, @case.Status);
        Assert.Equal(certificate.SerialNumber, @case.CertificateSerial);

        Assert.True(await _issuance.RegisterAsync(@case));
        Assert.False(await _issuance.RegisterAsync(@case));

        var record = Assert.Single(_registrar.Registered);
        Assert.Equal((certificate.SerialNumber, "case-1", "0001"), (record.SerialNumber, record.CaseId, record.CenterNumber));
        Assert.Null(@case.CertificateToRegister);
    }

    [Fact]
    public async Task ARegistrationThatFailsKeepsTheCertificateToRegister()
    {
        var @case = Case(examOn: null);
        CertificateIssuance.Enter(@case, "case-1", await _issuance.SealAsync(@case, "case-1", Context(), Today));
        _registrar.Fails = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => _issuance.RegisterAsync(@case));

        Assert.NotNull(@case.CertificateToRegister);
    }

    private static CaseState Case(DateTimeOffset? examOn) => new()
    {
        Exists = true,
        CenterNumber = "0001",
        Status = ApplicationState.Passed,
        Exam = examOn is { } at ? new ExamAppointment(at, "Алматы", false, "kk", Today.AddDays(-20), null) : null,
    };

    private static CaseContext Context() => new(
        new CenterProfile("0001", "Орталық", "Центр", "Алматы", "Алматы", "Сейтқали Нұрлан", ["accountant-nrk5"]),
        new CandidateIdentity("protected", "••••1234", new PersonName("Ахметова", "Айгерим", "Серікқызы"), new DateOnly(1990, 5, 17),
            new CandidateContacts("Алматы", "a@example.kz", "+7 701 000 0000", null), true, true),
        DemoPrograms.All()[0]);

    private sealed class RegistrarInMemory : ICertificateRegistrar
    {
        public List<(string Center, string CaseId)> Allocated { get; } = [];

        public List<CertificateRecord> Registered { get; } = [];

        public bool Fails { get; set; }

        public Task<long> AllocateSequence(string centerNumber, string caseId)
        {
            Allocated.Add((centerNumber, caseId));
            return Task.FromResult(7L);
        }

        public Task Register(CertificateRecord record)
        {
            if (Fails)
            {
                throw new InvalidOperationException("The registry is down.");
            }

            Registered.Add(record);
            return Task.CompletedTask;
        }
    }

    private sealed class Stopped(Action stop) : IDisposable
    {
        public void Dispose() => stop();
    }

    private sealed class StateInMemory(CaseState @case) : IPersistentState<CaseState>
    {
        public CaseState State { get; set; } = @case;

        public int Writes { get; private set; }

        public string? Etag => null;

        public bool RecordExists => true;

        public Task ClearStateAsync() => Task.CompletedTask;

        public Task ReadStateAsync() => Task.CompletedTask;

        public Task WriteStateAsync()
        {
            Writes++;
            return Task.CompletedTask;
        }
    }

    private sealed class SealInMemory : ICertificateSeal
    {
        public Certificate Affix(Certificate certificate) => certificate with { VerificationUrl = "https://verify.example/", Signature = "sealed" };
    }
}

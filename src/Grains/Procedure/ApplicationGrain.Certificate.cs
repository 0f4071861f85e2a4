using Platform.Domain.Certificates;
using Platform.Domain.Calendar;
using Platform.Domain.Procedure;
using Platform.Domain.Programs;
using Platform.Grains.Programs;
using static Platform.Domain.Deadlines.DeadlineKind;

namespace Platform.Grains.Procedure;

/// <summary>Step 11a (P18, App.2): the recognition document and its serial number.</summary>
public sealed partial class ApplicationGrain
{
    public async Task<CaseResult> IssueCertificate(CaseCommand command)
    {
        if (!Case.Exists || Case.AppliedCommands.Contains(command.CommandId))
        {
            return Case.Exists ? new CaseResult(View()) : Refused(new Refusal("P4", "there is no application with this number"));
        }

        if (ApplicationProcedure.Apply(Case.Status, ApplicationAction.IssueCertificate) is { Refusal: { } refusal })
        {
            return Refused(new Refusal(refusal.Rule, refusal.Reason));
        }

        if (command.By.Role != HeadRole)
        {
            return Refused(new Refusal("App.2", "the recognition document is signed by the head of the center"));
        }

        var json = await GrainFactory.GetGrain<IQualificationProgramGrain>(ProgramKeys.For(Case.ProgramCode)).GetJson();
        if (json is null)
        {
            return Refused(new Refusal("P9", $"the qualification program {Case.ProgramCode} is not loaded"));
        }

        var program = QualificationProgram.Parse(json);
        var step = new Step(await calendars.GetAsync(), time.GetUtcNow());
        // Written by the center before it answers: a failure past this point leaves a gap in the sequence, never a repeat.
        var sequence = await Center.AllocateDocumentSequence(CaseId);
        var procedureDay = Case.Exam is { } exam ? KazakhstanTime.DateOf(exam.StartsAt) : step.Today;
        var serial = SerialNumber.Create(program.Oked, program.Nkz, program.NrkLevel, procedureDay, Case.CenterNumber, checked((int)sequence));

        Case.Status = ApplicationState.CertificateIssued;
        Case.CertificateSerial = serial.Format();
        Meet(DocumentIssue, step);
        Meet(AppealUpheldDocumentIssue, step);
        Record(command.CommandId, command.By, nameof(ApplicationAction.IssueCertificate), "P18, App.2", step.Now);
        return await CommitAsync();
    }
}

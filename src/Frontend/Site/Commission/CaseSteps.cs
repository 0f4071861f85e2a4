using Platform.Domain.Procedure;

namespace Platform.Frontend.Site.Commission;

/// <summary>The text keys of the steps a commission or the head sees a case at (SPEC §2).</summary>
public static class CaseSteps
{
    public static string Key(ApplicationState state) => state switch
    {
        ApplicationState.ExamScheduled => "Commission.Step.ExamScheduled",
        ApplicationState.InExam => "Commission.Step.InExam",
        ApplicationState.AwaitingProtocol => "Commission.Step.AwaitingProtocol",
        ApplicationState.Passed => "Commission.Step.Passed",
        ApplicationState.NotPassed => "Commission.Step.NotPassed",
        ApplicationState.CertificateIssued => "Commission.Step.CertificateIssued",
        ApplicationState.AppealUpheld => "Commission.Step.AppealUpheld",
        ApplicationState.AppealFiled => "Commission.Step.AppealFiled",
        ApplicationState.RemarksSent or ApplicationState.Resubmitted => "Commission.Step.Remarks",
        ApplicationState.Refused => "Commission.Step.Refused",
        _ => "Commission.Step.Other",
    };
}

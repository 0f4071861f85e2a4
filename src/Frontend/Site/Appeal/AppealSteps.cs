using Platform.Domain.Procedure;
using Platform.Grains.Procedure;

namespace Platform.Frontend.Site.Appeal;

/// <summary>Where an appeal stands (P20-P23), as text keys; and the decision the case's history recorded.</summary>
public static class AppealSteps
{
    public static string Key(CaseView view) => Decided(view) switch
    {
        AppealOutcome.Upheld => "Appeal.Step.Upheld",
        AppealOutcome.Rejected => "Appeal.Step.Rejected",
        AppealOutcome.TechnicalDiscrepancy => "Appeal.Step.Resit",
        _ => view.State switch
        {
            ApplicationState.AppealFiled => "Appeal.Step.Filed",
            ApplicationState.AppealUnderReview => "Appeal.Step.UnderReview",
            _ => "Appeal.Step.Other",
        },
    };

    /// <summary>The decision of the latest appeal (P22), when the history recorded one after the appeal was filed.</summary>
    public static AppealOutcome? Decided(CaseView view)
    {
        var history = view.History;
        var filed = history.Select((e, i) => (e, i)).LastOrDefault(x => x.e.What == "FileAppeal", (null!, -1)).Item2;
        var decision = history.Skip(filed + 1).LastOrDefault(e => e.What is "UpholdAppeal" or "RejectAppeal" or "OrderResit");
        return decision?.What switch
        {
            "UpholdAppeal" => AppealOutcome.Upheld,
            "RejectAppeal" => AppealOutcome.Rejected,
            "OrderResit" => AppealOutcome.TechnicalDiscrepancy,
            _ => null,
        };
    }
}

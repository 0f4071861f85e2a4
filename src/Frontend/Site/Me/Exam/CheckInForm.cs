namespace Platform.Frontend.Site.Me.Exam;

/// <summary>P8: the candidate's check-in form: the two acknowledgements and the command id made when the form was rendered.</summary>
public sealed class CheckInForm
{
    public Guid CommandId { get; set; }

    public bool Methodology { get; set; }

    public bool ComplaintAndAppeal { get; set; }
}

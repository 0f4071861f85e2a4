namespace Platform.Frontend.Site.Appeal;

/// <summary>A question of the candidate's ticket (P9, P15) with the option the candidate chose and the key's.</summary>
public sealed record TicketRow(int Number, string QuestionId, string Text, IReadOnlyList<(string Id, string Text)> Options, string KeyOptionId, string? AnsweredOptionId)
{
    public bool Correct => AnsweredOptionId == KeyOptionId;
}

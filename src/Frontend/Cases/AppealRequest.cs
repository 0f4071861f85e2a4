namespace Platform.Frontend.Cases;

/// <summary>P20: the grounds of an appeal.</summary>
public sealed record AppealRequest(string Grounds);

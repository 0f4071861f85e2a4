namespace Platform.Frontend.Certificates;

/// <summary>The NSK stand-in's answer to a delivery: the key it is recorded under and how often it came, nothing of the result.</summary>
public sealed record NskStandInReceipt(string Key, int Deliveries);

namespace Platform.Frontend.Telemetry;

/// <summary>
/// One reading of the platform's standing from PostgreSQL: sittings open today (checked in and not yet closed), the
/// country's center obligations at risk and breached now (SPEC §2, as the operator's deadline board counts them), and
/// the NSK outbox (P18.2): results not yet delivered, those whose last attempt failed, and how long the oldest has waited.
/// </summary>
public sealed record PlatformState(long OpenSittings, int DeadlinesAtRisk, int DeadlinesBreached, long NskPending, long NskFailing, double NskOldestSeconds);

namespace Platform.Integration.Tests.Security;

/// <summary>A small JSON body for the input-limit tests.</summary>
public sealed record ProbeEchoRequest(string Text);

namespace Platform.Silo.Database;

/// <summary>PostgreSQL cannot be used for a reason an operator fixes outside the code; the message is one line saying how.</summary>
public sealed class DatabaseUnavailableException(string message, Exception inner) : Exception(message, inner);

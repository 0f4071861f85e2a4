namespace Platform.Domain.Calendar;

/// <summary>A name in the three languages the platform shows: English, Russian and Kazakh.</summary>
/// <param name="En">English.</param>
/// <param name="Ru">Russian.</param>
/// <param name="Kk">Kazakh.</param>
public sealed record LocalizedName(string En, string Ru, string Kk);

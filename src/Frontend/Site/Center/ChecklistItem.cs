namespace Platform.Frontend.Site.Center;

/// <summary>
/// One line of the completeness checklist (P4, P5): what it is (a resource key), whether the program requires it, and
/// whether the package has it.
/// </summary>
public sealed record ChecklistItem(string Key, bool Required, bool Present);

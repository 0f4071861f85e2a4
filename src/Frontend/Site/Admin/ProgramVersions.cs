using Platform.Domain.Programs;
using Platform.Grains.Programs;

namespace Platform.Frontend.Site.Admin;

/// <summary>A program as its page shows it: one version read whole, the current version's summary, and every version kept.</summary>
/// <param name="Program">The version shown.</param>
/// <param name="Shown">Its number.</param>
/// <param name="Current">The current version in a few numbers.</param>
/// <param name="Versions">Every version, oldest first, with when and by whom it was loaded when known.</param>
public sealed record ProgramVersions(QualificationProgram Program, int Shown, ProgramSummary Current, IReadOnlyList<ProgramVersionInfo> Versions);

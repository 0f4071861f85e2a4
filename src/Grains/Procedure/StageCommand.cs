using Platform.Domain.Procedure;
using Platform.Domain.Rules;
using Platform.Grains.Documents;

namespace Platform.Grains.Procedure;

/// <summary>
/// A stage's decision on one command, for the grain's pipeline to apply: the action of the transition table, the
/// command's own check (a refusal, or null to go on), the effect on the case, and the document it produces, if any.
/// </summary>
internal sealed record StageCommand(
    ApplicationAction Action,
    Func<CommandContext, Refusal?>? Check,
    Action<CommandContext> Effect,
    Func<CommandContext, CaseContext, Task<DocumentContent>>? Document = null);

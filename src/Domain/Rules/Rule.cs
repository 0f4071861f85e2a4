namespace Platform.Domain.Rules;

/// <summary>
/// A point of the Rules for recognition of professional qualifications (Order No. 374; SPEC.md cites them as P5, P13…),
/// of their appendices, or of the specification where the law is silent. Each point is one value of this catalogue, so a
/// reader who knows the Rules finds it here, then its checks and tests by its id. Ids are what the API's ProblemDetails
/// carry in <c>rule</c>; a citation in words comes from <see cref="RuleCitation"/>.
/// </summary>
public sealed class Rule : IEquatable<Rule>
{
    // First, so that each catalogue entry below can register itself as it is initialized (textual order).
    private static readonly Dictionary<string, Rule> ById = new(StringComparer.Ordinal);

    /// <summary>P2 subpoint 4: a candidate applies voluntarily, on their own or referred by an employer.</summary>
    public static readonly Rule P2_4 = new("P2.4");

    /// <summary>P2 subpoint 8: online proctoring verifies identity and confirms results.</summary>
    public static readonly Rule P2_8 = new("P2.8");

    /// <summary>P3: recognition is voluntary; the candidate may withdraw.</summary>
    public static readonly Rule P3 = new("P3");

    /// <summary>P4: the application (App.1) with its documents, on paper or through the platform; consent is mandatory.</summary>
    public static readonly Rule P4 = new("P4");

    /// <summary>P5: completeness review within 3 working days; remarks, 3 working days to fix them, motivated refusal; the contract.</summary>
    public static readonly Rule P5 = new("P5");

    /// <summary>P6: the exam notice within 5 working days of the contract, the exam 10 to 20 working days after the notice.</summary>
    public static readonly Rule P6 = new("P6");

    /// <summary>P7: temporary incapacity, the sick-leave sheet, a new date.</summary>
    public static readonly Rule P7 = new("P7");

    /// <summary>P8: before the exam, the methodology and the complaint and appeal procedures; offline, the safety briefing.</summary>
    public static readonly Rule P8 = new("P8");

    /// <summary>P9: the examination commission; theory then practice; the exam language is the candidate's choice.</summary>
    public static readonly Rule P9 = new("P9");

    /// <summary>P10: offline places meet the workplace standard for persons with disabilities.</summary>
    public static readonly Rule P10 = new("P10");

    /// <summary>P11: online: the application usable by persons with disabilities; a technical failure moves the sitting.</summary>
    public static readonly Rule P11 = new("P11");

    /// <summary>P12: prohibited items, unless the program allows one.</summary>
    public static readonly Rule P12 = new("P12");

    /// <summary>P13: the first violation a warning; the second terminates (online) or removes (offline).</summary>
    public static readonly Rule P13 = new("P13");

    /// <summary>P14: the violation act, kept in the personal file.</summary>
    public static readonly Rule P14 = new("P14");

    /// <summary>P15: more than 70% of correct theory answers admits to the practical stage.</summary>
    public static readonly Rule P15 = new("P15");

    /// <summary>P16: the practical task judged against the technological map.</summary>
    public static readonly Rule P16 = new("P16");

    /// <summary>P17: the task not performed per the map is not passed; the commission's protocol within 2 working days.</summary>
    public static readonly Rule P17 = new("P17");

    /// <summary>P18: the recognition document within 3 working days of the protocol, recorded on the NSK platform.</summary>
    public static readonly Rule P18 = new("P18");

    /// <summary>P18 subpoint 2: the result placed on the NSK digital platform.</summary>
    public static readonly Rule P18_2 = new("P18.2");

    /// <summary>P19: the failure notice with recommendations within 3 working days; the right to retake.</summary>
    public static readonly Rule P19 = new("P19");

    /// <summary>P20: an appeal within 5 working days of receiving the results.</summary>
    public static readonly Rule P20 = new("P20");

    /// <summary>P21: the center registers the appeal and passes it to the appeal commission.</summary>
    public static readonly Rule P21 = new("P21");

    /// <summary>P21-1: the appeal commission, formed separately for one review; none of its members sat on the examination commission.</summary>
    public static readonly Rule P21_1 = new("P21-1");

    /// <summary>P22: the appeal decided within 5 working days, in a protocol kept 3 years.</summary>
    public static readonly Rule P22 = new("P22");

    /// <summary>P23: the appeal's outcome: the document issued, a new sitting, or the result standing.</summary>
    public static readonly Rule P23 = new("P23");

    /// <summary>Appendix 1: the application form.</summary>
    public static readonly Rule App1 = new("App.1");

    /// <summary>Appendix 2: the recognition document and its serial number.</summary>
    public static readonly Rule App2 = new("App.2");

    /// <summary>SPEC §3: a year with no working-day calendar loaded is an error, never a guess.</summary>
    public static readonly Rule Calendar = new("SPEC §3", RuleKind.Specification);

    /// <summary>
    /// The platform's own check, not a point of the Rules: a command with a part missing (a null where a value belongs).
    /// Answered as a bad request, never as a refusal under the Rules.
    /// </summary>
    public static readonly Rule InvalidInput = new("invalid-input", RuleKind.Platform);

    /// <summary>
    /// The platform's own check, not a point of the Rules: the command id (the request's Idempotency-Key) was already
    /// used by someone else. Answered as a conflict over the key that shows nothing of what it was used for.
    /// </summary>
    public static readonly Rule CommandIdTaken = new("command-id-taken", RuleKind.Platform);

    // Points cited together ("P8, P2.8"), made on first use from points of the catalogue.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Rule> Combined = new(StringComparer.Ordinal);

    private Rule(string id, RuleKind kind = RuleKind.Law, bool register = true)
    {
        Id = id;
        Kind = kind;
        if (register)
        {
            ById.Add(id, this);
        }
    }

    /// <summary>The id as the specification and the API write it: "P5", "P21-1", "P2.8", "App.2", "SPEC §3", "P8, P2.8".</summary>
    public string Id { get; }

    /// <summary>Whether it is a point of the Rules, of the specification, or a check of the platform itself.</summary>
    public RuleKind Kind { get; }

    /// <summary>Every rule of the catalogue (single points, no combinations).</summary>
    public static IReadOnlyCollection<Rule> All => ById.Values;

    /// <summary>This point cited together with <paramref name="other"/>, e.g. P8 and P2.8 as "P8, P2.8".</summary>
    public Rule And(Rule other) => Kind != RuleKind.Law || other.Kind != RuleKind.Law
        ? throw new InvalidOperationException($"Only points of the Rules are cited together, not {this} and {other}.")
        : Combined.GetOrAdd($"{Id}, {other.Id}", id => new Rule(id, RuleKind.Law, register: false));

    /// <summary>The rule of an id (or of points cited together, "P8, P2.8"); an id outside the catalogue is a programming error.</summary>
    public static Rule Of(string id) =>
        Find(id) ?? throw new ArgumentException($"'{id}' is not a rule of the catalogue.", nameof(id));

    /// <summary>The rule of an id, or null for an id outside the catalogue (a value read from outside).</summary>
    public static Rule? Find(string? id)
    {
        if (id is null)
        {
            return null;
        }

        if (ById.TryGetValue(id, out var rule))
        {
            return rule;
        }

        var points = id.Split(',', StringSplitOptions.TrimEntries);
        if (points.Length < 2 || points.Any(point => !ById.TryGetValue(point, out var p) || p.Kind != RuleKind.Law))
        {
            return null;
        }

        return points.Skip(1).Aggregate(ById[points[0]], (cited, point) => cited.And(ById[point]));
    }

    public bool Equals(Rule? other) => other is not null && other.Id == Id;

    public override bool Equals(object? obj) => Equals(obj as Rule);

    public override int GetHashCode() => Id.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Id;
}

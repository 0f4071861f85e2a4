using Platform.Grains.Centers;
using Platform.Grains.Commissions;
using Platform.Grains.Documents;

namespace Platform.Silo.Demo;

/// <summary>
/// The demo world of the embedded run: two centers and an examination commission whose members are the demo accounts
/// of the development issuer (src/Frontend/Security/demo-accounts.json). Every person here is fictional.
/// </summary>
internal static class DemoData
{
    public static IReadOnlyList<CenterProfile> Centers { get; } =
    [
        new("0001", "«Кәсіби біліктілік» тану орталығы", "Центр признания «Профессиональная квалификация»",
            "Алматы қ., Абай даңғылы, 10", "г. Алматы, пр. Абая, 10", "Ерлан Демохед", ["accountant-nrk5", "welder-nrk3"]),
        new("0002", "«Шебер» тану орталығы", "Центр признания «Шебер»",
            "Астана қ., Мәңгілік Ел даңғылы, 5", "г. Астана, пр. Мангилик Ел, 5", "Жанна Демосеконд", ["welder-nrk3"]),
    ];

    /// <summary>The examination commission com-0001-a of center 0001 (P9): a chair, a member and a secretary.</summary>
    public static (string Id, FormCommission Commission) Commission { get; } = ("com-0001-a", new FormCommission(
        CommissionKind.Examination,
        "0001",
        [
            new CommissionMember("commission.0001.a", "Гүлнар Демоэкзаменатор", CommissionRole.Chair),
            new CommissionMember("commission.0001.b", "Мұрат Демоасессор", CommissionRole.Member),
            new CommissionMember("commission.0001.c", "Әсел Демохатшы", CommissionRole.Secretary),
        ],
        null,
        null));
}

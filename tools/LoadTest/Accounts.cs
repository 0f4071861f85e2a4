namespace Platform.LoadTest;

/// <summary>The demo accounts of center 0001 the generator acts as (Security/demo-accounts.json).</summary>
public static class Accounts
{
    public const string Center = "0001";
    public const string Registrar = "registrar.0001";
    public const string Examiner = "commission.0001.a";
    public const string Proctoring = "proctoring";
    public const string Administrator = "administrator";
    public const string Program = "accountant-nrk5";

    public static string Candidate(int n) => "load.candidate." + n;
}

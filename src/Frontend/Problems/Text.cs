namespace Platform.Frontend.Problems;

/// <summary>A message in the three languages of the platform.</summary>
public sealed record Text(string En, string Ru, string Kk)
{
    public string In(string language) => language switch
    {
        "kk" => Kk,
        "ru" => Ru,
        _ => En,
    };
}

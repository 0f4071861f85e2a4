namespace Platform.Grains.Documents;

/// <summary>The role of a member of an examination or appeal commission (P9, P21-1) as printed under a signature.</summary>
[GenerateSerializer, Alias("Platform.Grains.Documents.CommissionRole")]
public enum CommissionRole
{
    /// <summary>The chair of the commission.</summary>
    Chair,

    /// <summary>A member of the commission.</summary>
    Member,

    /// <summary>The secretary of the commission.</summary>
    Secretary,
}

namespace Platform.Frontend.Site.Verify;

/// <summary>The outcome of checking a QR code's signature against the published key (App.2).</summary>
public enum SignatureCheck
{
    /// <summary>Made with the platform's key for exactly these details.</summary>
    Genuine,

    /// <summary>Does not match these details: the printed document may have been altered.</summary>
    Forged,

    /// <summary>No signing key is published, so the signature cannot be checked here.</summary>
    NotCheckable,
}

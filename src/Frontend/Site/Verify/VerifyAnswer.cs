using Platform.Grains.Certificates;

namespace Platform.Frontend.Site.Verify;

/// <summary>What the verification page answers for a serial number.</summary>
public abstract record VerifyAnswer
{
    private VerifyAnswer()
    {
    }

    /// <summary>The serial is not of App.2's form; <paramref name="Level"/> is the level it breaks (0: not six levels).</summary>
    public sealed record Malformed(int Level) : VerifyAnswer;

    /// <summary>No document with this serial was issued on the platform.</summary>
    public sealed record Unknown(string Serial) : VerifyAnswer;

    /// <summary>The document, and its QR signature's check when the address carried one.</summary>
    public sealed record Found(CertificateView Certificate, SignatureCheck? Signature) : VerifyAnswer;
}

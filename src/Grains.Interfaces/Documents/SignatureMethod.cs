namespace Platform.Grains.Documents;

/// <summary>How the application was submitted and signed (P4): on paper at the center, or electronically through the NSK digital platform.</summary>
[GenerateSerializer, Alias("Platform.Grains.Documents.SignatureMethod")]
public enum SignatureMethod
{
    /// <summary>Handwritten signature on a paper application registered by staff.</summary>
    Paper,

    /// <summary>Electronic signature through the platform.</summary>
    Electronic,
}

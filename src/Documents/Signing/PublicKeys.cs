using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Platform.Documents.Signing;

/// <summary>JWK (RFC 7517/7518) and thumbprint (RFC 7638) forms of a P-256 public key.</summary>
internal static class PublicKeys
{
    private const string Curve = "P-256";

    public static void RequireP256(ECDsa key)
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        if (parameters.Curve.Oid?.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            throw new ArgumentException("Certificates are signed with ECDSA on the P-256 curve only.");
        }
    }

    public static string Jwk(ECDsa key)
    {
        var (x, y) = Coordinates(key);
        var jwk = new Dictionary<string, string>
        {
            ["kty"] = "EC",
            ["crv"] = Curve,
            ["x"] = x,
            ["y"] = y,
            ["use"] = "sig",
            ["alg"] = "ES256",
            ["kid"] = Thumbprint(key),
        };
        return JsonSerializer.Serialize(jwk);
    }

    /// <summary>SHA-256 of the required members in lexicographic order, no whitespace (RFC 7638 §3).</summary>
    public static string Thumbprint(ECDsa key)
    {
        var (x, y) = Coordinates(key);
        var canonical = $"{{\"crv\":\"{Curve}\",\"kty\":\"EC\",\"x\":\"{x}\",\"y\":\"{y}\"}}";
        return Base64Url.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public static ECDsa FromJwk(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (Member(root, "kty") != "EC" || Member(root, "crv") != Curve)
        {
            throw new ArgumentException("The JWK is not an EC P-256 key.", nameof(json));
        }

        var x = Base64Url.TryDecode(Member(root, "x"));
        var y = Base64Url.TryDecode(Member(root, "y"));
        if (x is not { Length: 32 } || y is not { Length: 32 })
        {
            throw new ArgumentException("The JWK's x and y must be 32-byte base64url coordinates.", nameof(json));
        }

        return ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = x, Y = y } });
    }

    private static (string X, string Y) Coordinates(ECDsa key)
    {
        var q = key.ExportParameters(includePrivateParameters: false).Q;
        return (Base64Url.Encode(q.X), Base64Url.Encode(q.Y));
    }

    private static string? Member(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

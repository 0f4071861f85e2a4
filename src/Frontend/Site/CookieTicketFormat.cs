using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Platform.Frontend.Faults;

namespace Platform.Frontend.Site;

/// <summary>
/// The site cookie's ticket, protected as ASP.NET Core's own format does (the same purposes, so a cookie stays readable),
/// but read differently: ASP.NET's answers "no ticket" to every failure, so a key ring PostgreSQL cannot give would sign
/// every page user out in silence. This one answers "no ticket" to a cookie it cannot read (altered, made with a key the
/// ring does not hold) and lets a fault (<see cref="PlatformFaults.IsFault"/>) through, to be answered 503.
/// </summary>
public sealed class CookieTicketFormat(IDataProtector protector) : ISecureDataFormat<AuthenticationTicket>
{
    /// <summary>The purposes ASP.NET Core's cookie handler protects its tickets with, the scheme's name and "v2" after it.</summary>
    public const string Purpose = "Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware";

    private readonly TicketDataFormat _format = new(protector);

    public string Protect(AuthenticationTicket data) => _format.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => _format.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, purpose: null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null)
        {
            return null;
        }

        try
        {
            var reader = purpose is null ? protector : protector.CreateProtector(purpose);
            return TicketSerializer.Default.Deserialize(reader.Unprotect(Base64UrlTextEncoder.Decode(protectedText)));
        }
        catch (Exception exception) when (!PlatformFaults.IsFault(exception))
        {
            return null;
        }
    }
}

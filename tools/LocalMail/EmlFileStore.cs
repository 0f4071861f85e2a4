using System.Buffers;
using System.Globalization;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Platform.LocalMail;

/// <summary>Writes each message as it arrived into <c>{folder}/{time}-{id}.eml</c>, whole or not at all (a temporary name, then a rename).</summary>
internal sealed class EmlFileStore(string folder) : MessageStore
{
    public override async Task<SmtpResponse> SaveAsync(
        ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        var name = $"{DateTime.UtcNow.ToString("yyyyMMdd-HHmmss-fff", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}.eml";
        var partial = Path.Combine(folder, name + ".part");
        await using (var file = File.Create(partial))
        {
            foreach (var segment in buffer)
            {
                await file.WriteAsync(segment, cancellationToken);
            }
        }

        File.Move(partial, Path.Combine(folder, name));
        return SmtpResponse.Ok;
    }
}

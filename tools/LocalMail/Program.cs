using Platform.LocalMail;

// The local mail server of Development: `dotnet Platform.LocalMail.dll [--port 2525] [--folder .data/mail]`.
// Ctrl+C or SIGTERM stops it.
var port = 2525;
var folder = Path.Combine(".data", "mail");
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--port": port = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--folder": folder = args[i + 1]; break;
        default: Console.Error.WriteLine($"local-mail: unknown option {args[i]}"); return 2;
    }
}

await using var server = new LocalMailServer(folder, port);
await server.StartAsync();
Console.WriteLine($"local-mail: SMTP on 127.0.0.1:{port}, each message written to {server.Folder}");

var stopped = new TaskCompletionSource();
using var interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, context =>
{
    context.Cancel = true;
    stopped.TrySetResult();
});
using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    stopped.TrySetResult();
});
await stopped.Task;
return 0;

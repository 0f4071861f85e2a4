using Platform.Silo;
using Platform.Silo.Database;

var builder = Host.CreateApplicationBuilder(args);
builder.AddPlatformSilo();
try
{
    await builder.Build().RunAsync();
    return 0;
}
catch (DatabaseUnavailableException unavailable)
{
    // One line that says what was tried and how to fix it, not a stack trace.
    Console.Error.WriteLine("silo: " + unavailable.Message);
    return 1;
}

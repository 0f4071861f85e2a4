using Platform.Silo;

var builder = Host.CreateApplicationBuilder(args);
builder.AddPlatformSilo();
await builder.Build().RunAsync();

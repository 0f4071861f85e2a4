using Platform.Frontend;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformFrontend();

var app = builder.Build();
app.MapPlatform();
app.Run();

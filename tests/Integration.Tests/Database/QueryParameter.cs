using System.Data;

namespace Platform.Integration.Tests.Database;

/// <summary>
/// A parameter as the Orleans AdoNet providers bind it: by name, with the <see cref="DbType"/> their
/// DbExtensions type map gives the CLR type (strings as String, addresses and grain ids as AnsiString,
/// DateTime as DateTime, which Npgsql sends as timestamptz).
/// </summary>
internal sealed record QueryParameter(string Name, object? Value, DbType Type)
{
    public static QueryParameter Text(string name, string? value) => new(name, value, DbType.String);

    public static QueryParameter Ansi(string name, string value) => new(name, value, DbType.AnsiString);

    public static QueryParameter Int(string name, int? value) => new(name, value, DbType.Int32);

    public static QueryParameter Long(string name, long value) => new(name, value, DbType.Int64);

    public static QueryParameter Time(string name, DateTime value) => new(name, value, DbType.DateTime);

    public static QueryParameter Bytes(string name, byte[] value) => new(name, value, DbType.Binary);
}

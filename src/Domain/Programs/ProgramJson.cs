using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Platform.Domain.Programs;

/// <summary>
/// The JSON form of a qualification program: camelCase, enums as camelCase strings, unknown and duplicate members
/// refused. Missing members read as null (or zero) so that <see cref="ProgramRules"/> can name every one of them.
/// </summary>
internal static class ProgramJson
{
    private static readonly JsonSerializerOptions _options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        AllowDuplicateProperties = false,
        NumberHandling = JsonNumberHandling.Strict,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public static QualificationProgram Read(string json)
    {
        QualificationProgram? program;
        try
        {
            program = JsonSerializer.Deserialize<QualificationProgram>(json, _options);
        }
        catch (JsonException malformed)
        {
            throw Malformed(malformed.Path, malformed.Message, malformed);
        }

        return program ?? throw new ProgramValidationException([new ProgramError(ProgramPath.Root, "DocumentNull")]);
    }

    public static string Write(QualificationProgram program) => JsonSerializer.Serialize(program, _options);

    private static ProgramValidationException Malformed(string? path, string message, Exception? inner) =>
        new([new ProgramError(ProgramPath.FromJsonPath(path), "MalformedJson", message)], inner);
}

using System.Text.Json;
using LlmActors.Api.OpenAi;
using LlmActors.Code;

namespace LlmActors.Api.Apis.Code;

/// <summary>
/// Validates the code routes' bodies; every refusal names its field. Paths are opaque keys: checked for
/// length and printable, well-formed text, never resolved or touched on disk.
/// </summary>
public static class CodeRequestReader
{
    private static readonly HashSet<string> OpenFields = ["path", "content", "cursor", "language"];
    private static readonly HashSet<string> CompletionFields = [.. OpenFields, "stream"];

    public static CodeDocument ReadOpen(JsonElement body)
    {
        JsonFields.RejectUnknown(body, OpenFields);
        return Document(body);
    }

    public static (CodeDocument Document, bool Stream) ReadCompletion(JsonElement body)
    {
        JsonFields.RejectUnknown(body, CompletionFields);
        var document = Document(body);
        return (document, JsonFields.OptionalBool(body, "stream") ?? false);
    }

    /// <summary>A path from the query string (stats); same rules as in a body.</summary>
    public static string Path(string? value) =>
        CheckPath(value is { Length: > 0 } ? value : throw new InvalidRequestException($"'path' must be 1 to {CodeLimits.MaxPathLength} characters.", "path"));

    private static CodeDocument Document(JsonElement body)
    {
        var path = CheckPath(JsonFields.RequiredString(body, "path", CodeLimits.MaxPathLength));
        var content = Content(body);
        var cursor = (int)(JsonFields.OptionalInteger(body, "cursor", 0, content.Length)
            ?? throw new InvalidRequestException("'cursor' is required: a character offset into 'content'.", "cursor"));
        if (cursor > 0 && cursor < content.Length && char.IsHighSurrogate(content[cursor - 1]) && char.IsLowSurrogate(content[cursor]))
        {
            throw new InvalidRequestException("'cursor' falls inside a character (between the two halves of a surrogate pair).", "cursor");
        }

        var language = JsonFields.OptionalString(body, "language", CodeLimits.MaxLanguageLength);
        if (language is not null && !language.All(c => char.IsAsciiLetterOrDigit(c) || c is '#' or '+' or '-' or '_' or '.'))
        {
            throw new InvalidRequestException("'language' must be letters, digits or # + - _ . (e.g. csharp, c++, typescript).", "language");
        }

        return new CodeDocument(path, content, cursor, language);
    }

    private static string Content(JsonElement body)
    {
        if (!body.TryGetProperty("content", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            throw new InvalidRequestException("'content' is required (the whole file; it may be empty).", "content");
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new InvalidRequestException("'content' must be a string.", "content");
        }

        var content = JsonFields.Text(value, "content");
        return content.Length <= CodeLimits.MaxContentChars
            ? content
            : throw new InvalidRequestException($"'content' is over the limit of {CodeLimits.MaxContentChars} characters.", "content",
                StatusCodes.Status413PayloadTooLarge, "content_too_large");
    }

    private static string CheckPath(string path)
    {
        if (path.Length > CodeLimits.MaxPathLength)
        {
            throw new InvalidRequestException($"'path' must be 1 to {CodeLimits.MaxPathLength} characters.", "path");
        }

        if (path.Any(char.IsControl) || !IsWellFormed(path))
        {
            throw new InvalidRequestException("'path' must be printable text (no control characters or broken surrogates).", "path");
        }

        return path;
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}

using LlmActors.Code;

namespace LlmActors.Grains.Code;

/// <summary>The language a context is completed in: as the editor names it, else the path's extension, else "text".</summary>
public static class CodeLanguage
{
    public static string Of(CodeDocument document)
    {
        if (document.Language is { Length: > 0 } language)
        {
            return language.ToLowerInvariant();
        }

        var name = document.Path[(document.Path.LastIndexOfAny(['/', '\\']) + 1)..];
        var dot = name.LastIndexOf('.');
        return dot > 0 && dot < name.Length - 1 && name.Length - dot <= 16 ? name[(dot + 1)..].ToLowerInvariant() : "text";
    }
}

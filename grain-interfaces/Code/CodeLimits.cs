namespace LlmActors.Code;

/// <summary>Input limits of the code routes (documented in the README).</summary>
public static class CodeLimits
{
    public const int MaxPathLength = 1024;

    /// <summary>1 Mi UTF-16 characters: far above any file an editor completes in, far below the body limit.</summary>
    public const int MaxContentChars = 1024 * 1024;

    public const int MaxLanguageLength = 32;
}

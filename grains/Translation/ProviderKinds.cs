using LlmActors.Grains.Models;
using Microsoft.Extensions.Options;

namespace LlmActors.Grains.Translation;

/// <summary>Reads a provider's <c>Kind</c> and <c>Api</c> settings; a value the gateway does not know stops the start.</summary>
public static class ProviderKinds
{
    public const string OpenAi = "openai";
    public const string Anthropic = "anthropic";

    public static ProviderApi ApiOf(string provider, ProviderOptions? options)
    {
        if (options is null)
        {
            return ProviderApi.Chat;
        }

        return (options.Kind.ToLowerInvariant(), options.Api.ToLowerInvariant()) switch
        {
            (Anthropic, _) => ProviderApi.Anthropic,
            (OpenAi, "chat") => ProviderApi.Chat,
            (OpenAi, "responses") => ProviderApi.Responses,
            (OpenAi, var api) => throw Invalid($"Models:Providers:{provider}:Api is '{api}'; it must be chat or responses."),
            (var kind, _) => throw Invalid($"Models:Providers:{provider}:Kind is '{kind}'; it must be openai or anthropic."),
        };
    }

    private static OptionsValidationException Invalid(string message) =>
        new(ModelsOptions.Section, typeof(ModelsOptions), [message]);
}

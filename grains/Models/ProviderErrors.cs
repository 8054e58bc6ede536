using System.ClientModel;
using LlmActors.Chat;
using LlmActors.Grains.Translation;

namespace LlmActors.Grains.Models;

/// <summary>The call errors the model layer answers with.</summary>
public static class ProviderErrors
{
    /// <summary>
    /// The provider refused the request as invalid: its status and body are passed on as they came. A request the
    /// deployment's API cannot express is refused by the gateway itself, naming the field.
    /// </summary>
    public static CallError Rejected(Exception e)
    {
        if (e is TranslationException untranslatable)
        {
            return new CallError(CallStatus.BadRequest, untranslatable.Message, untranslatable.Param, Code: "unsupported_parameter");
        }

        var response = (e as ClientResultException)?.GetRawResponse();
        byte[]? body = null;
        try
        {
            body = response?.Content?.ToArray();
        }
        catch (InvalidOperationException)
        {
            // An unbuffered response whose body was not read: the message alone says what happened.
        }

        return new CallError(CallStatus.ProviderRejected, $"The model rejected the request: {e.Message}",
            ProviderStatus: (e as ClientResultException)?.Status ?? 400, ProviderBody: body is { Length: > 0 } ? body : null);
    }

    public static CallError Unavailable(string model, Exception? last) =>
        new(CallStatus.Unavailable, $"No model in the fallback chain of '{model}' answered ({Describe(last)}).");

    private static string Describe(Exception? e) => e switch
    {
        null => "none was tried",
        ClientResultException c => $"HTTP {c.Status}",
        _ => e.GetType().Name,
    };
}

using System.Globalization;
using LlmActors.Chat;
using LlmActors.Projects;

namespace LlmActors.Api.OpenAi;

/// <summary>
/// A request's own choice about the exact-answer cache: <c>x-llmactors-cache: on|off</c> and
/// <c>x-llmactors-cache-ttl: seconds</c>; without them the project's setting applies.
/// </summary>
public static class CacheHeaders
{
    public const string Mode = "x-llmactors-cache";
    public const string Ttl = "x-llmactors-cache-ttl";

    public static ChatRequest Apply(HttpRequest http, ChatRequest request)
    {
        var mode = http.Headers[Mode].ToString();
        var ttl = http.Headers[Ttl].ToString();
        bool? on = mode.ToLowerInvariant() switch
        {
            "" => null,
            "on" => true,
            "off" => false,
            _ => throw new InvalidRequestException($"'{Mode}' must be on or off.", Mode),
        };
        TimeSpan? timeToLive = null;
        if (ttl.Length > 0)
        {
            timeToLive = int.TryParse(ttl, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds >= 1 && seconds <= ProjectSettings.LongestTtl.TotalSeconds
                ? TimeSpan.FromSeconds(seconds)
                : throw new InvalidRequestException($"'{Ttl}' must be a whole number of seconds from 1 to {(int)ProjectSettings.LongestTtl.TotalSeconds}.", Ttl);
        }

        return on is null && timeToLive is null ? request : request with { ExactCache = on, ExactCacheTtl = timeToLive };
    }
}

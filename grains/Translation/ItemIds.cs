using System.Security.Cryptography;

namespace LlmActors.Grains.Translation;

/// <summary>Ids of what a translated answer holds (items, messages, calls), shaped as the API's own are.</summary>
public static class ItemIds
{
    public static string New(string prefix) => prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}

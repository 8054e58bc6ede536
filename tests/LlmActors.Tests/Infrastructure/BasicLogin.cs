using System.Net.Http.Headers;
using System.Text;

namespace LlmActors.Tests.Infrastructure;

/// <summary>What a browser sends after the user types a user name and password into an HTTP Basic prompt.</summary>
public static class BasicLogin
{
    public static AuthenticationHeaderValue Header(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
}

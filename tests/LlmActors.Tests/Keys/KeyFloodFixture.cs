using Microsoft.Extensions.DependencyInjection;

namespace LlmActors.Tests.Keys;

/// <summary>An embedded API whose silo counts the calls its key grains receive.</summary>
public sealed class KeyFloodFixture : IAsyncLifetime
{
    public EmbeddedApiFactory Factory { get; } = new();

    public KeyGrainCalls Calls { get; } = new();

    public ValueTask InitializeAsync()
    {
        Factory.TestServices = services => services.AddSingleton<IIncomingGrainCallFilter>(Calls);
        Factory.StartServer();
        return ValueTask.CompletedTask;
    }

    public Task<int> KeyGrainActivationsAsync() => KeyGrainActivations.CountAsync(Factory.Services.GetRequiredService<IGrainFactory>());

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class KeyFloodCollection : ICollectionFixture<KeyFloodFixture>
{
    public const string Name = "key-flood";
}

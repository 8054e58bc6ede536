using Newtonsoft.Json;
using Orleans.Serialization;
using Orleans.Serialization.TypeSystem;
using Orleans.Storage;

namespace LlmActors.Silo.Hosting;

/// <summary>
/// Grain state as plain JSON for the PostgreSQL <c>payload</c> column: property names as declared, no
/// <c>$id</c>/<c>$values</c> bookkeeping, and <c>$type</c> (an <c>[Alias]</c>) only where the declared type does not
/// say what was stored (object, interface, base class). Orleans' own converters for grain ids and references are kept.
/// </summary>
public sealed class GrainStateJsonSerializer : IGrainStorageSerializer
{
    private readonly JsonSerializerSettings _settings;

    public GrainStateJsonSerializer(IServiceProvider services, TypeConverter typeConverter, TypeResolver typeResolver)
    {
        _settings = OrleansJsonSerializerSettings.GetDefaultSerializerSettings(services);
        _settings.SerializationBinder = new AliasTypeBinder(typeConverter, typeResolver);
        _settings.TypeNameHandling = TypeNameHandling.Auto;
        _settings.PreserveReferencesHandling = PreserveReferencesHandling.None;
        // Orleans' defaults omit nulls and default values; reading such a document back would leave a property at
        // its initializer (say a limit of 100) instead of the 0 or null that was stored.
        _settings.DefaultValueHandling = DefaultValueHandling.Include;
        _settings.NullValueHandling = NullValueHandling.Include;
    }

    public BinaryData Serialize<T>(T? input) => BinaryData.FromString(JsonConvert.SerializeObject(input, typeof(T), _settings));

    public T Deserialize<T>(BinaryData input) => JsonConvert.DeserializeObject<T>(input.ToString(), _settings)!;
}

using Newtonsoft.Json.Serialization;
using Orleans.Serialization;
using Orleans.Serialization.TypeSystem;

namespace LlmActors.Silo.Hosting;

/// <summary>
/// Writes <c>$type</c> as Orleans formats the type, which is its <c>[Alias]</c> when it has one, so stored state
/// survives renaming or moving a class. Reading keeps Orleans' allow-list check.
/// </summary>
public sealed class AliasTypeBinder : OrleansJsonSerializationBinder
{
    private readonly TypeConverter _typeConverter;

    public AliasTypeBinder(TypeConverter typeConverter, TypeResolver typeResolver)
        : base(typeConverter, typeResolver) => _typeConverter = typeConverter;

    public override void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        assemblyName = null;
        typeName = _typeConverter.Format(serializedType);
    }
}

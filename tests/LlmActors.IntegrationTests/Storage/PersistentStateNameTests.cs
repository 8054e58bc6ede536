using System.Reflection;
using LlmActors.Grains;

namespace LlmActors.IntegrationTests.Storage;

public sealed class PersistentStateNameTests
{
    /// <summary>
    /// The ADO.NET provider keys a row by state name and grain key, not by grain type: two grain types sharing a
    /// state name would read and overwrite each other's state for equal keys (say project "acme").
    /// </summary>
    [Fact]
    public void Every_persistent_state_name_belongs_to_one_grain_type_and_names_a_registered_storage()
    {
        var states = typeof(StorageNames).Assembly.GetTypes()
            .Where(t => t.IsAssignableTo(typeof(Grain)))
            .SelectMany(t => t.GetConstructors().SelectMany(c => c.GetParameters())
                .Select(p => p.GetCustomAttribute<PersistentStateAttribute>())
                .OfType<PersistentStateAttribute>()
                .Select(a => (Grain: t, a.StateName, a.StorageName)))
            .ToList();

        Assert.NotEmpty(states);
        foreach (var shared in states.GroupBy(s => s.StateName).Where(g => g.Select(s => s.Grain).Distinct().Count() > 1))
        {
            Assert.Fail($"state name '{shared.Key}' is used by {string.Join(", ", shared.Select(s => s.Grain.Name))}");
        }

        Assert.All(states, s => Assert.Contains(s.StorageName, StorageNames.All));
    }
}

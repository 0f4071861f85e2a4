namespace Platform.Frontend.Sittings;

/// <summary>
/// Grain references for the hubs' hot paths without Orleans' per-call reflection. <c>GetGrain&lt;T&gt;(string)</c>
/// resolves the interface's grain interface type from its attributes at every call (Orleans'
/// <c>GrainInterfaceTypeResolver</c> keeps no cache): 7 % of the frontend's CPU at 10,000 candidates, where every answer
/// and every proctoring batch takes a sitting's reference (perf, docs/benchmarks.md). Here the grain type and the
/// interface type are resolved once per interface, from a first reference made the usual way, and each later reference is
/// made from them and the key (<see cref="IGrainFactory.GetGrain(GrainId, GrainInterfaceType)"/>), the same reference.
/// Should a factory give back anything but a <typeparamref name="T"/> proxy (once seen in a test process holding several
/// hosts), the usual way is taken instead: never a failed cast.
/// </summary>
public static class GrainReferences
{
    /// <summary>The grain of interface <typeparamref name="T"/> with this string key.</summary>
    public static T Get<T>(IGrainFactory grains, string key) where T : IGrainWithStringKey
    {
        var (type, interfaceType) = Types<T>.Resolved ??= Resolve<T>(grains, key);
        return grains.GetGrain(GrainId.Create(type, key), interfaceType) is T reference ? reference : grains.GetGrain<T>(key);
    }

    private static (GrainType, GrainInterfaceType) Resolve<T>(IGrainFactory grains, string key) where T : IGrainWithStringKey
    {
        var first = (GrainReference)(object)grains.GetGrain<T>(key);
        return (first.GrainId.Type, first.InterfaceType);
    }

    /// <summary>One interface's types, the same in every cluster of this code (they come from its attributes and names).</summary>
    private static class Types<T>
    {
        public static (GrainType, GrainInterfaceType)? Resolved;
    }
}

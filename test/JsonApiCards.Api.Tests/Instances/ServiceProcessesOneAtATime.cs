namespace JsonApiCards.Api.Tests.Instances;

/// <summary>
/// The tests that start the service as processes of their own: they run one at a time, after the other tests, because
/// each loads the machine as a deployment would and bounds how long the service may take (write timeouts, shutdown).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServiceProcessesOneAtATime
{
    public const string Name = "Service processes";
}

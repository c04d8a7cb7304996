[assembly: System.Runtime.Versioning.TargetFramework(".NETCoreApp,Version=v10.0", FrameworkDisplayName=".NET 10.0")]
namespace Letta.Generated.DependencyInjection
{
    public static class LettaServiceCollectionExtensions
    {
        public const string ConfigurationSectionName = "Letta";
        public static Microsoft.Extensions.DependencyInjection.IHttpClientBuilder AddLettaClient(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration) { }
        public static Microsoft.Extensions.DependencyInjection.IHttpClientBuilder AddLettaClient(this Microsoft.Extensions.DependencyInjection.IServiceCollection services, System.Action<Letta.Generated.LettaClientOptions>? configure = null) { }
    }
}

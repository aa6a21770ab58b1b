using Perizinan.Host.Accounts;
using Perizinan.Host.Api;
using Perizinan.Host.Configuration;
using Perizinan.Host.Forms;
using Perizinan.Host.Health;
using Perizinan.Host.Queue;
using Perizinan.Host.Web;

if (PasswordHashCommand.TryRun(args) || ApiKeyCommand.TryRun(args, Console.Out))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddPerizinanOptions();
builder.Services.AddPerizinanStorage();
builder.Services.AddFormCatalog();
builder.Services.AddQueueWorkers();
builder.Services.AddApi();
builder.Services.AddHealth();
builder.Services.AddCompression();
builder.Services.AddCitizenPages();
builder.Services.AddAccounts();

var app = builder.Build();
app.UseSecurityHeaders();
app.UseCompression();
app.UseApiErrors();
app.UseAuthentication();
app.UseAuthorization();
app.MapHealth();
app.MapApiV1();
app.MapCitizenPages();
await app.PrepareFormsAsync();
await app.RunAsync();

/// <summary>The host's entry point; public so that integration tests can start it with <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;

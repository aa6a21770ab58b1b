using System.Text.Json;
using Perizinan.Host.Api.Contracts;
using Perizinan.Host.Configuration;
using Perizinan.Host.Forms;
using Perizinan.Storage;

namespace Perizinan.Host.Api;

/// <summary>The permit catalog, form versions (manifest, layout, schema) and evaluation.</summary>
internal static class FormEndpoints
{
    public static RouteGroupBuilder MapForms(this RouteGroupBuilder api)
    {
        var forms = api.MapGroup("/forms").WithTags("Forms");
        forms.MapGet("", ListAsync).WithName("ListForms").WithSummary("The permit catalog: the current version of every form.");
        forms.MapGet("/{formId}", GetAsync).WithName("GetForm").WithSummary("A permit with its published versions.");
        forms.MapGet("/{formId}/versions/{version}", GetVersionAsync).WithName("GetFormVersion")
            .WithSummary("One version's manifest and layout (form.json) and data contract (schema.json).");
        forms.MapGet("/{formId}/versions/{version}/schema.json", GetSchemaAsync).WithName("GetFormSchema")
            .WithSummary("The version's JSON Schema (2020-12) of the answers.");
        forms.MapGet("/{formId}/versions/{version}/types.cs", GetCSharpTypesAsync).WithName("GetFormCSharpTypes")
            .WithSummary("C# types of the answers, generated from schema.json with NJsonSchema (System.Text.Json, decimal numbers).");
        forms.MapPost("/{formId}/versions/{version}/evaluate", EvaluateAsync).WithName("Evaluate").RequireRateLimiting(ApiRateLimits.EvaluatePolicy)
            .WithSummary("What the form shows for answers: visible and required fields, computed values, errors, fees, next page.")
            .Accepts<JsonElement>("application/json");
        return api;
    }

    private static async Task<IResult> ListAsync(FormCatalog catalog, CancellationToken cancellationToken)
    {
        var forms = await catalog.CurrentFormsAsync(cancellationToken);
        return TypedResults.Ok(forms.Select(FormSummary.From).OrderBy(f => f.Category.Id, StringComparer.Ordinal).ThenBy(f => f.Title.Id, StringComparer.Ordinal).ToList());
    }

    private static async Task<IResult> GetAsync(string formId, HttpContext context, FormCatalog catalog, CancellationToken cancellationToken)
    {
        var current = await catalog.CurrentAsync(formId, cancellationToken);
        if (current is null)
        {
            return ApiProblems.FormNotFound(context, formId);
        }

        var versions = await catalog.VersionsAsync(formId, cancellationToken);
        return TypedResults.Ok(new FormDetail(
            FormSummary.From(current),
            versions.Select(v => new FormVersionSummary(v.Version, v.ContentHash, v.PublishedAt, v.RetiredAt)).ToList()));
    }

    private static async Task<IResult> GetVersionAsync(string formId, string version, HttpContext context, FormCatalog catalog, CancellationToken cancellationToken)
    {
        var stored = await catalog.StoredAsync(formId, version, cancellationToken);
        if (stored is null)
        {
            return ApiProblems.FormNotFound(context, formId, version);
        }

        using var form = JsonDocument.Parse(stored.Files["form.json"]);
        using var schema = JsonDocument.Parse(stored.Files["schema.json"]);
        var f = stored.Form;
        return TypedResults.Ok(new FormVersionDocument(f.FormId, f.Version, f.ContentHash, f.PublishedAt, f.RetiredAt, form.RootElement.Clone(), schema.RootElement.Clone()));
    }

    private static async Task<IResult> GetSchemaAsync(string formId, string version, HttpContext context, FormCatalog catalog, CancellationToken cancellationToken)
    {
        var stored = await catalog.StoredAsync(formId, version, cancellationToken);
        return stored is null
            ? ApiProblems.FormNotFound(context, formId, version)
            : Results.Text(stored.Files["schema.json"], "application/schema+json");
    }

    private static async Task<IResult> GetCSharpTypesAsync(string formId, string version, HttpContext context, FormCatalog catalog, CancellationToken cancellationToken)
    {
        var stored = await catalog.StoredAsync(formId, version, cancellationToken);
        if (stored is null)
        {
            return ApiProblems.FormNotFound(context, formId, version);
        }

        var code = await CSharpTypes.ForVersionAsync(stored.Form.ContentHash, stored.Form.FormId, stored.Form.Version, stored.Files["schema.json"]);
        return Results.File(System.Text.Encoding.UTF8.GetBytes(code), "text/plain; charset=utf-8", $"{stored.Form.FormId}-{stored.Form.Version}.cs");
    }

    private static async Task<IResult> EvaluateAsync(string formId, string version, HttpContext context, FormCatalog catalog, PermitCalendar calendar, CancellationToken cancellationToken)
    {
        var form = await catalog.VersionAsync(formId, version, cancellationToken);
        if (form is null)
        {
            return ApiProblems.FormNotFound(context, formId, version);
        }

        var (answers, problem) = await JsonBody.ReadElementAsync(context);
        return problem ?? TypedResults.Ok(form.Evaluate(answers, calendar.Today()));
    }
}

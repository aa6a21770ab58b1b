namespace Perizinan.Host.Api.Contracts;

/// <summary>The receipt of a submit: the registration number to quote and where to follow the status.</summary>
/// <param name="RegistrationNumber">The registration number (nomor registrasi).</param>
/// <param name="SubmissionId">The submission id.</param>
/// <param name="SubmittedAt">When it was received (durably stored).</param>
/// <param name="StatusUrl">The API address of its status.</param>
public sealed record SubmittedDocument(string RegistrationNumber, Guid SubmissionId, DateTimeOffset SubmittedAt, string StatusUrl);

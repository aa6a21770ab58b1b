using Perizinan.Storage.Submissions;

namespace Perizinan.Queue.Delivery;

/// <summary>One delivery of a submission to a destination. Immutable.</summary>
/// <param name="IdempotencyKey">The queue item's id: the same for every retry of this item.</param>
/// <param name="TenantId">The tenant (Pemda) whose submission it is.</param>
/// <param name="Submission">The submission to deliver.</param>
/// <param name="Attempt">Which attempt this is, from 1.</param>
public sealed record DeliveryRequest(Guid IdempotencyKey, string TenantId, Submission Submission, int Attempt);

using System.Diagnostics;
using System.Text.Json;
using Perizinan.Storage.Forms;
using Perizinan.Storage.Submissions;

namespace Perizinan.Queue.WorkerProcess;

/// <summary>
/// Submits drafts and delivers them in a loop on one SQLite file, printing <c>DRAFT &lt;id&gt;</c> when a draft exists
/// and <c>ACK &lt;draft&gt; &lt;submission&gt;</c> once its submit committed (the receipt a citizen would get). Drafts
/// given with <c>--retry</c> are submitted again first, as a citizen retries after an error. Dies at the step named by
/// <see cref="Crash"/>, or is killed by the parent at any moment.
/// </summary>
internal static class CrashMode
{
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    public static async Task<int> RunAsync(Arguments args)
    {
        var storage = await Setup.OpenAsync(args);
        var tenant = storage.Default;
        // The parent publishes the form before starting children; loading a package here would slow every start.
        if (args.Get("form", string.Empty) is { Length: > 0 } form)
        {
            var published = await tenant.Forms.PublishAsync(PackageFolder.Read(form));
            if (published.Outcome is not (PublishOutcome.Published or PublishOutcome.AlreadyPublished))
            {
                Console.Error.WriteLine("cannot publish the form: " + published.Outcome + ": " + string.Join("; ", published.Problems));
                return 2;
            }
        }

        var worker = new QueueWorker(storage, Setup.Destinations(args, new CrashAfterSendHandler()), Setup.WorkerOptions(args), TimeProvider.System)
        {
            Probe = step => Crash.At(step == WorkerStep.AfterLease ? "after-lease" : "before-ack"),
        };
        var retries = new Queue<Guid>(args.All("retry").Select(Guid.Parse));
        var destination = args.Get("destination", "back-office");
        var submitTime = TimeSpan.FromMilliseconds(20);
        Console.Out.WriteLine("READY");
        for (var i = 0; i < args.Int("count", 20); i++)
        {
            Guid draftId;
            if (!retries.TryDequeue(out draftId))
            {
                using var answers = JsonDocument.Parse($$"""{"n": {{i}}, "pid": {{Environment.ProcessId}}}""");
                var created = await tenant.Drafts.CreateAsync(new Storage.Drafts.NewDraft("izin-reklame", "1.0.0", null, answers.RootElement.Clone()));
                draftId = created.Draft!.Id;
                Console.Out.WriteLine($"DRAFT {draftId}");
            }

            var draft = (await tenant.Drafts.GetAsync(draftId))!;
            if (Crash.Armed("before-commit"))
            {
                Crash.After(submitTime * Random.Shared.NextDouble());
            }

            var clock = Stopwatch.StartNew();
            var result = await tenant.Submissions.SubmitAsync(
                new SubmissionRequest(draft.Id, draft.Revision, draft.Answers, EmptyObject, [], 0m, [destination]));
            submitTime = clock.Elapsed;
            if (result.Submission is { } submission)
            {
                Console.Out.WriteLine($"ACK {draftId} {submission.Id}");
            }

            Crash.At("after-commit");
            await worker.RunOnceAsync();
        }

        Console.Out.WriteLine("END");
        return 0;
    }
}

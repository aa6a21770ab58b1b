using Perizinan.Queue.WorkerProcess;

// A child process for the queue's reliability tests: "work" runs a worker until the queue stays empty (concurrency
// test); "crash" submits and delivers in a loop and kills itself with SIGKILL at a named step (crash test).
return args.Length > 0 && args[0] == "crash"
    ? await CrashMode.RunAsync(Arguments.Parse(args[1..]))
    : await WorkMode.RunAsync(Arguments.Parse(args.Length > 0 ? args[1..] : []));

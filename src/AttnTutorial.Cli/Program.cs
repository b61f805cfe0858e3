using AttnTutorial.Cli;

// One executable, one verb per job. Each command parses and validates its own options before doing work.
return CommandLine.Dispatch(args);

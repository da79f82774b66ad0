using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/PerformanceWorkflow.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(PerformanceWorkflow.Benchmarks.ScoringBenchmarks).Assembly).Run(args);

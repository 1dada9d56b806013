package uk.missingchildren.response.benchmark;

/** One line of a partnership's benchmark history; {@code results} is null until it is submitted. */
public record BenchmarkSummary(
    Benchmark benchmark, long answered, int questions, StageOneResults results) {}

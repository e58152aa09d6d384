import { runRealCases, type RealRun } from "./cases.js";
import { runGeneratedCases, type GeneratedRun } from "./generated.js";
import { metricsOf, type Metrics } from "./metrics.js";

// Everything the floors hold, measured once: the real pairs and the generated edits.

export interface Measurement {
  real: RealRun[];
  generated: GeneratedRun[];
  metrics: Metrics;
}

export function measureAll(): Measurement {
  const real = runRealCases();
  const generated = runGeneratedCases();
  const metrics = { ...metricsOf("real", real.map((r) => r.score)), ...metricsOf("generator", generated.map((r) => r.score)) };
  return { real, generated, metrics };
}

import { runRealCases, type RealRun } from "./cases.js";
import { metricsOf, type Metrics } from "./metrics.js";

// Everything the floors hold, measured once: the real pairs and the generated edits.

export interface Measurement {
  real: RealRun[];
  metrics: Metrics;
}

export function measureAll(): Measurement {
  const real = runRealCases();
  const metrics = { ...metricsOf("real", real.map((r) => r.score)) };
  return { real, metrics };
}

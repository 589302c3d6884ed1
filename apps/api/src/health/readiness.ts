export type ProjectionLagReport = {
  name: string;
  version: number;
  position: number;
  headPosition: number;
  lagEvents: number;
  lagMs: number;
};

export type ReadinessReport = { status: 'ready' | 'not_ready'; reasons: string[]; projections: ProjectionLagReport[] };

/** Filled by the read side: whether the read models are close enough to the log to serve. */
export type Readiness = { check(): Promise<ReadinessReport> };

export const READINESS = Symbol('READINESS');

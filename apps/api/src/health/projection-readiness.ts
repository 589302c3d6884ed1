import { Inject, Injectable } from '@nestjs/common';
import { EmbeddedProjector } from '../read-models/read-model.provider.js';
import type { Readiness, ReadinessReport } from './readiness.js';

/** Further behind than this and the read models would show staff a visibly stale picture. */
export const MAX_LAG_EVENTS = 5_000;
export const MAX_LAG_MS = 30_000;

@Injectable()
export class ProjectionReadiness implements Readiness {
  constructor(@Inject(EmbeddedProjector) private readonly projector: EmbeddedProjector) {}

  async check(): Promise<ReadinessReport> {
    const lags = await this.projector.projectionLag();
    const projections = lags.map((lag) => ({
      name: lag.name,
      version: lag.version,
      position: lag.position,
      headPosition: lag.headPosition,
      lagEvents: lag.behindPositions,
      lagMs: lag.behindMs,
    }));
    const reasons = lags.flatMap((lag) => {
      if (lag.status !== 'active') return [];
      if (lag.behindPositions > MAX_LAG_EVENTS || lag.behindMs > MAX_LAG_MS)
        return [`${lag.name} is ${lag.behindPositions} events (${Math.round(lag.behindMs)} ms) behind`];
      return lag.lastError ? [`${lag.name} failed: ${lag.lastError}`] : [];
    });
    return { status: reasons.length === 0 ? 'ready' : 'not_ready', reasons, projections };
  }
}

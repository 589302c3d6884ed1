import { Global, Module } from '@nestjs/common';
import { AppMetrics } from './app-metrics.js';

/** One metrics registry per app, for every module that counts something. */
@Global()
@Module({
  providers: [{ provide: AppMetrics, useFactory: () => new AppMetrics() }],
  exports: [AppMetrics],
})
export class ObservabilityModule {}

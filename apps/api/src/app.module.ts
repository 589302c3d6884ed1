import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthGuard } from './auth/auth.guard.js';
import { AuthController } from './auth/auth.controller.js';
import { resolveAuthSecret } from './auth/auth-secret.js';
import { OidcTokenVerifier } from './auth/oidc-token-verifier.js';
import {
  DEMO_TOKENS,
  HmacTokenVerifier,
  IssuerRoutedVerifier,
  SERVICE_TOKENS,
  TOKEN_VERIFIER,
  type TokenVerifier,
} from './auth/token-verifier.js';
import { AccessLogController } from './access-log/access-log.controller.js';
import { AccessLogModule } from './access-log/access-log.module.js';
import { BillingModule } from './billing/billing.module.js';
import { RecallsModule } from './recalls/recalls.module.js';
import { PersonReadsInterceptor } from './access-log/logs-person-reads.js';
import { APP_CONFIG, type AppConfig } from './config/app.config.js';
import { ProblemDetailsFilter } from './errors/problem-details.filter.js';
import { HealthController } from './health/health.controller.js';
import { LogGauges } from './observability/log-gauges.js';
import { ObservabilityModule } from './observability/observability.module.js';
import { PrometheusController } from './observability/prometheus.controller.js';
import { CommandAnswerInterceptor } from './command-bus/command-answer.interceptor.js';
import { StoreModule } from './store/store.module.js';
import { CommandsModule } from './command-bus/commands.module.js';
import { DemoDataModule } from './demo/demo-data.module.js';
import { DemoStore } from './demo/demo-store.js';
import { READINESS } from './health/readiness.js';
import { ProjectionReadiness } from './health/projection-readiness.js';
import { ReadModelsModule } from './read-models/read-models.module.js';
import { ArticlesController } from './articles/articles.controller.js';
import { AssetsController } from './assets/assets.controller.js';
import { ConsumablesController } from './consumables/consumables.controller.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { StatisticsController } from './statistics/statistics.controller.js';
import { FittingsController } from './fittings/fittings.controller.js';
import { FittingMetricsController } from './fittings/fitting-metrics.controller.js';
import { ExportsController } from './exports/exports.controller.js';
import { Exporter } from './exports/exporter.js';
import { OrdersController } from './orders/orders.controller.js';
import { PayersController } from './payers/payers.controller.js';
import { PersonsController } from './persons/persons.controller.js';
import { StockController } from './stock/stock.controller.js';
import { TransportController } from './transport/transport.controller.js';
import { InspectionsController } from './inspections/inspections.controller.js';
import { MdrController } from './inspections/mdr.controller.js';

/** OIDC access tokens must be short-lived; the provider's own default is an hour or less. */
const OIDC_MAX_LIFETIME_SECONDS = 12 * 3600;

/** Service tokens always; the identity provider's when configured; demo tokens only in demo mode. */
const tokenVerifier = (config: AppConfig, demo: DemoStore | undefined): TokenVerifier => {
  const byIssuer = new Map<string, TokenVerifier>([
    [SERVICE_TOKENS.issuer, new HmacTokenVerifier(resolveAuthSecret(config.authSecret, config.dataDir))],
  ]);
  if (config.oidc) {
    const { issuer, audience, roleClaim } = config.oidc;
    byIssuer.set(
      issuer,
      new OidcTokenVerifier({ issuer, audience, roleClaim, maxLifetimeSeconds: OIDC_MAX_LIFETIME_SECONDS }),
    );
  }
  if (demo) byIssuer.set(DEMO_TOKENS.issuer, demo.verifier());
  return new IssuerRoutedVerifier(byIssuer);
};

@Module({})
export class AppModule {
  static forConfig(config: AppConfig): DynamicModule {
    const configModule: DynamicModule = {
      module: class ConfigModule {},
      global: true,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
    return {
      module: AppModule,
      imports: [
        configModule,
        ObservabilityModule,
        CqrsModule.forRoot(),
        StoreModule,
        CommandsModule,
        ReadModelsModule,
        AccessLogModule,
        BillingModule,
        RecallsModule,
        ...(config.demoData ? [DemoDataModule] : []),
      ],
      // One controller per resource: its commands and its reads.
      controllers: [
        ArticlesController,
        AssetsController,
        ConsumablesController,
        OrdersController,
        PayersController,
        PersonsController,
        StockController,
        MetricsController,
        StatisticsController,
        FittingsController,
        FittingMetricsController,
        ExportsController,
        TransportController,
        InspectionsController,
        MdrController,
        AccessLogController,
        AuthController,
        HealthController,
        PrometheusController,
      ],
      providers: [
        {
          provide: TOKEN_VERIFIER,
          inject: [{ token: DemoStore, optional: true }],
          useFactory: (demo?: DemoStore) => tokenVerifier(config, demo),
        },
        { provide: READINESS, useClass: ProjectionReadiness },
        LogGauges,
        { provide: APP_GUARD, useClass: AuthGuard },
        Exporter,
        ProblemDetailsFilter,
        { provide: APP_FILTER, useExisting: ProblemDetailsFilter },
        { provide: APP_INTERCEPTOR, useClass: CommandAnswerInterceptor },
        { provide: APP_INTERCEPTOR, useClass: PersonReadsInterceptor },
      ],
    };
  }
}

import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthGuard } from './auth/auth.guard.js';
import { resolveAuthSecret } from './auth/auth-secret.js';
import { HmacTokenVerifier, TOKEN_VERIFIER } from './auth/token-verifier.js';
import { APP_CONFIG, type AppConfig } from './config/app.config.js';
import { ProblemDetailsFilter } from './errors/problem-details.filter.js';
import { HealthController } from './health/health.controller.js';
import { CommandAnswerInterceptor } from './command-bus/command-answer.interceptor.js';
import { StoreModule } from './store/store.module.js';
import { CommandsModule } from './command-bus/commands.module.js';
import { DemoDataModule } from './demo/demo-data.module.js';
import { READINESS } from './health/readiness.js';
import { ProjectionReadiness } from './health/projection-readiness.js';
import { ReadModelsModule } from './read-models/read-models.module.js';
import { ArticlesController } from './articles/articles.controller.js';
import { AssetsController } from './assets/assets.controller.js';
import { ConsumablesController } from './consumables/consumables.controller.js';
import { MetricsController } from './metrics/metrics.controller.js';
import { OrdersController } from './orders/orders.controller.js';
import { PersonsController } from './persons/persons.controller.js';
import { StockController } from './stock/stock.controller.js';
import { TransportController } from './transport/transport.controller.js';

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
      imports: [configModule, CqrsModule.forRoot(), StoreModule, CommandsModule, ReadModelsModule, DemoDataModule],
      // One controller per resource: its commands and its reads.
      controllers: [
        ArticlesController,
        AssetsController,
        ConsumablesController,
        OrdersController,
        PersonsController,
        StockController,
        MetricsController,
        TransportController,
        HealthController,
      ],
      providers: [
        {
          provide: TOKEN_VERIFIER,
          useFactory: () => new HmacTokenVerifier(resolveAuthSecret(config.authSecret, config.dataDir)),
        },
        { provide: READINESS, useClass: ProjectionReadiness },
        { provide: APP_GUARD, useClass: AuthGuard },
        ProblemDetailsFilter,
        { provide: APP_FILTER, useExisting: ProblemDetailsFilter },
        { provide: APP_INTERCEPTOR, useClass: CommandAnswerInterceptor },
      ],
    };
  }
}

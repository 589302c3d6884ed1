import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AuthGuard } from './auth/auth.guard.js';
import { resolveAuthSecret } from './auth/auth-secret.js';
import { HmacTokenVerifier, TOKEN_VERIFIER } from './auth/token-verifier.js';
import { APP_CONFIG, type AppConfig } from './config/app.config.js';
import { ProblemDetailsFilter } from './errors/problem-details.filter.js';
import { HealthController } from './health/health.controller.js';
import { CommandAnswerInterceptor } from './idempotency/command-answer.interceptor.js';
import { IdempotencyStore } from './idempotency/idempotency.store.js';
import { StoreModule } from './store/store.module.js';
import { WriteModule } from './write/write.module.js';
import { DemoDataModule } from './demo/demo-data.module.js';
import { READINESS } from './health/readiness.js';
import { ProjectionReadiness } from './health/projection-readiness.js';
import { ReadModule } from './read/read.module.js';

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
      imports: [configModule, CqrsModule.forRoot(), StoreModule, WriteModule, ReadModule, DemoDataModule],
      controllers: [HealthController],
      providers: [
        {
          provide: TOKEN_VERIFIER,
          useFactory: () => new HmacTokenVerifier(resolveAuthSecret(config.authSecret, config.dataDir)),
        },
        {
          provide: IdempotencyStore,
          useFactory: () => new IdempotencyStore(config.dataDir),
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

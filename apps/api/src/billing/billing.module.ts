import { Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module.js';
import { BillingController } from './billing.controller.js';
import { BillingReads } from './billing.reads.js';
import { PersonRefs } from './person-ref.js';

/** The money as the API answers it: invoice bases, months, forecasts and fleets, persons as personRef. */
@Module({
  imports: [AccessLogModule],
  controllers: [BillingController],
  providers: [PersonRefs, BillingReads],
  exports: [BillingReads],
})
export class BillingModule {}

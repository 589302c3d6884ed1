import { Controller, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { QueryEndpoint } from '../http/endpoints.js';
import { Read } from '../read-models/read.query.js';
import { InspectionsDueDto, InspectionsDueQueryDto } from './inspections.dto.js';
import { readInspectionsDue } from './inspections.reads.js';

@ApiTags('inspections')
@ApiBearerAuth()
@Controller('api/inspections')
export class InspectionsController {
  constructor(private readonly queries: QueryBus) {}

  @QueryEndpoint('due', {
    roles: ['warehouse', 'transport', 'auditor'],
    summary: 'Aids in stock and on loan whose inspection is due before a day, with the holder municipality',
    description: 'Names no person: an aid on loan shows its holder municipality only.',
    type: InspectionsDueDto,
  })
  due(@Query() query: InspectionsDueQueryDto) {
    return this.queries.execute(new Read(({ db }) => readInspectionsDue(db, query)));
  }
}

import type { CommandBus } from '@nestjs/cqrs';
import { DomainError } from '@aidledger/domain';
import { OnAsset } from '../command-bus/aggregate-commands.js';
import { CommandScheduler } from './command-scheduler.js';

const context = { actor: 'test', correlationId: 'c' };
const returnAid = (assetId: string) =>
  new OnAsset(
    assetId,
    { type: 'ReturnAid', data: { returnedOn: '2025-06-18', reason: 'Behovet har upphört' } },
    context,
  );
const reconditionAid = (assetId: string) =>
  new OnAsset(assetId, { type: 'ReconditionAid', data: { reconditionedOn: '2025-06-18', location: 'L' } }, context);

/** A bus that refuses every command on aid `refusedId` and records the rest. */
const busRefusing = (refusedId: string, executed: string[]): CommandBus =>
  ({
    execute: async (message: OnAsset) => {
      if (message.id === refusedId) throw new DomainError('ASSET.NOT_ON_LOAN', 'The aid is not on loan');
      executed.push(`${message.id}:${message.command.type}`);
      return { id: message.id, streamRevision: 0n, position: 0n };
    },
  }) as unknown as CommandBus;

describe('command scheduler', () => {
  it('counts a refusal by its code and ends only the chain it was sent from', async () => {
    const executed: string[] = [];
    const commands = new CommandScheduler(busRefusing('a1', executed), 4);
    for (const assetId of ['a1', 'a2'])
      commands.submit(`asset:${assetId}`, async () => {
        await commands.send(returnAid(assetId));
        await commands.send(reconditionAid(assetId));
      });
    await commands.drain();
    expect(executed).toEqual(['a2:ReturnAid', 'a2:ReconditionAid']);
    expect(commands.sent).toEqual({ ReturnAid: 2, ReconditionAid: 1 });
    expect(commands.refused).toEqual({ 'ASSET.NOT_ON_LOAN': 1 });
    expect(commands.refusalSamples).toEqual(['ReturnAid: ASSET.NOT_ON_LOAN: The aid is not on loan']);
  });
});

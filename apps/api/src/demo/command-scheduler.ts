import type { Command, CommandBus } from '@nestjs/cqrs';
import { DomainError } from '@aidledger/domain';
import { ChainEnded, KeyedScheduler } from './keyed-scheduler.js';

/** A message on the CommandBus that names its command, such as `OnAsset`. */
type NamedCommand<R> = Command<R> & { command: { type: string } };

const REFUSAL_SAMPLES = 20;

const sum = (counts: Record<string, number>): number => Object.values(counts).reduce((total, n) => total + n, 0);

/**
 * Commands sent through the CommandBus in chains keyed by aggregate, so one aggregate's commands keep their
 * order while others run at once. A refusal is counted and ends its chain; the rest of the run goes on.
 */
export class CommandScheduler {
  /** Commands sent, by command name. */
  readonly sent: Record<string, number> = {};
  /** Refused commands, by error code. */
  readonly refused: Record<string, number> = {};
  /** The first refusals' codes and messages (the domain's messages carry no personal data). */
  readonly refusalSamples: string[] = [];
  private readonly chains: KeyedScheduler;

  constructor(
    private readonly commandBus: CommandBus,
    inFlight: number,
  ) {
    this.chains = new KeyedScheduler(inFlight);
  }

  /** Runs `steps` after the earlier steps for the same key; they send with `send`. */
  submit(key: string, steps: () => Promise<unknown>): void {
    this.chains.submit(key, steps);
  }

  drain(except?: (key: string) => boolean): Promise<void> {
    return this.chains.drain(except);
  }

  get sentTotal(): number {
    return sum(this.sent);
  }

  get refusedTotal(): number {
    return sum(this.refused);
  }

  count(name: string): void {
    this.sent[name] = (this.sent[name] ?? 0) + 1;
  }

  /** Sends one command in a slot; a refusal ends the chain it is sent from. */
  async send<R>(message: NamedCommand<R>): Promise<R> {
    const name = message.command.type;
    try {
      return await this.chains.inSlot(() => {
        this.count(name);
        return this.commandBus.execute(message);
      });
    } catch (error) {
      const code = error instanceof DomainError ? error.code : error instanceof Error ? error.name : 'UNKNOWN';
      this.refused[code] = (this.refused[code] ?? 0) + 1;
      if (this.refusalSamples.length < REFUSAL_SAMPLES)
        this.refusalSamples.push(`${name}: ${code}: ${error instanceof Error ? error.message : String(error)}`);
      throw new ChainEnded();
    }
  }
}

import type { Role } from '../../../apps/api/src/auth/roles.js';
import type { ApiInstance } from './api-instance.js';
import type { Command, CommandAnswer, Send } from './crash-workload.js';

/** One HTTP answer to one send of a command. */
export type Answer = {
  status: number;
  body: unknown;
  etag: string | undefined;
  replayed: boolean;
  instance: string;
  sentAt: number;
  answeredAt: number;
};

/** A command and every answer it got, in the order they came. */
export type SentCommand = {
  command: Command;
  answers: Answer[];
  sends: number;
  firstAnsweredAt: number | null;
  /** When the last kill that cut one of its sends before it had any answer happened (epoch ms). */
  cutUnansweredAt: number | null;
};

type Lane = 'lifecycle' | 'resend';

/** At most `size` requests in flight; the lifecycles and the resend passes take turns, so neither starves. */
class InFlight {
  private free: number;
  private readonly waiting: Record<Lane, Array<() => void>> = { lifecycle: [], resend: [] };
  private turn: Lane = 'lifecycle';

  constructor(size: number) {
    this.free = size;
  }

  async run<T>(lane: Lane, work: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free--;
    else await new Promise<void>((resolve) => this.waiting[lane].push(resolve));
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private release(): void {
    const other: Lane = this.turn === 'lifecycle' ? 'resend' : 'lifecycle';
    const lane = this.waiting[other].length > 0 ? other : this.turn;
    const next = this.waiting[lane].shift();
    this.turn = other;
    if (next) next();
    else this.free++;
  }
}

export class CommandRefusedError extends Error {}

/**
 * The client of the crash tests: sends each command with its Idempotency-Key until it is answered, the retry
 * of a send that met a kill going to the next instance in turn, and keeps every answer for the audit.
 */
export class CrashClient {
  readonly ledger = new Map<string, SentCommand>();
  /** Commands sent for the first time so far: the kills are placed by this count. */
  firstSends = 0;
  onFirstSend: (count: number) => void = () => {};
  private readonly inFlight: InFlight;
  private turn = 0;
  private passes = 0;

  constructor(
    private readonly instances: readonly ApiInstance[],
    private readonly tokens: Record<Role, string>,
    inFlight: number,
  ) {
    this.inFlight = new InFlight(inFlight);
  }

  /** A lifecycle's send: retried until answered; anything but a 2xx answer stops the lifecycle. */
  readonly send: Send = async (command) => {
    let entry = this.ledger.get(command.key);
    if (!entry) {
      entry = { command, answers: [], sends: 0, firstAnsweredAt: null, cutUnansweredAt: null };
      this.ledger.set(command.key, entry);
    }
    const answer = await this.untilAnswered('lifecycle', entry, this.turn++);
    if (answer.status >= 300)
      throw new CommandRefusedError(
        `${command.path} (${command.key}) answered ${answer.status}: ${JSON.stringify(answer.body)}`,
      );
    return answer.body as CommandAnswer;
  };

  /**
   * After a restart: every command sent so far once more, those never answered too, spread over the instances.
   * Newest first, so those answered just before the kill are asked again first; a resend that meets the next
   * kill is sent again after that restart, so every command is resent after every restart.
   */
  async resendAll(): Promise<void> {
    const pass = this.passes++;
    const entries = [...this.ledger.values()].reverse();
    await Promise.all(entries.map((entry, i) => this.untilAnswered('resend', entry, i + pass)));
  }

  /** Sends to the instance `turn` names, or the next one up; after a kill, to the next one in turn. */
  private async untilAnswered(lane: Lane, entry: SentCommand, turn: number): Promise<Answer> {
    let target = turn % this.instances.length;
    for (;;) {
      const instance = this.upInTurn(target);
      const generation = await instance.whenUp();
      const answer = await this.inFlight.run(lane, () => this.attempt(entry, instance, generation));
      if (answer) return answer;
      target = (this.instances.indexOf(instance) + 1) % this.instances.length;
    }
  }

  /** The instance at `target`, or the next one in turn when it is down; a down one if all are. */
  private upInTurn(target: number): ApiInstance {
    for (let i = 0; i < this.instances.length; i++) {
      const instance = this.instances[(target + i) % this.instances.length];
      if (instance.isUp) return instance;
    }
    return this.instances[target];
  }

  /** One send; null when the instance was killed before it answered. */
  private async attempt(entry: SentCommand, instance: ApiInstance, generation: number): Promise<Answer | null> {
    if (instance.killedSince(generation)) return null;
    const { command } = entry;
    if (entry.sends++ === 0) this.onFirstSend(++this.firstSends);
    const sentAt = performance.now();
    try {
      const response = await instance.post(
        command.path,
        {
          authorization: `Bearer ${this.tokens[command.role]}`,
          'idempotency-key': command.key,
          'x-correlation-id': command.key,
        },
        command.body,
      );
      const etag = response.headers.etag;
      const answer: Answer = {
        status: response.status,
        body: response.text ? (JSON.parse(response.text) as unknown) : undefined,
        etag: typeof etag === 'string' ? etag : undefined,
        replayed: response.headers['idempotent-replayed'] === 'true',
        instance: instance.name,
        sentAt,
        answeredAt: performance.now(),
      };
      entry.answers.push(answer);
      entry.firstAnsweredAt ??= answer.answeredAt;
      return answer;
    } catch (error) {
      if (instance.killedSince(generation)) {
        if (entry.answers.length === 0) entry.cutUnansweredAt = instance.killedAt;
        return null;
      }
      throw new Error(`${command.path} (${command.key}) failed on ${instance.name}, which was not killed`, {
        cause: error,
      });
    }
  }
}

import { Agent, request } from 'node:http';
import { spawnApi, type ApiProcess, type ApiProcessOptions } from '../../support/api-process.js';

export type HttpAnswer = { status: number; headers: Record<string, string | string[] | undefined>; text: string };

/** No request to a live API may take this long, however loaded: a hang is a failure, not a retry. */
const REQUEST_TIMEOUT_MS = 60_000;

/**
 * One API process on its DATA_DIR and port, killed and started again there. Each start is a generation with its
 * own connection pool, so no request goes out on a socket of a killed process.
 */
export class ApiInstance {
  generation = 0;
  /** Epoch ms of the latest kill. */
  killedAt = 0;
  private process: ApiProcess | null = null;
  /** The process of the latest start, killed or not: its output tells what happened. */
  private latest: ApiProcess | null = null;
  private agent: Agent | null = null;
  private started: Promise<void>;
  private markStarted: () => void = () => {};
  private closed = false;

  constructor(
    readonly name: string,
    private readonly options: ApiProcessOptions,
  ) {
    this.started = this.nextStart();
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.options.port}`;
  }

  get isUp(): boolean {
    return this.process !== null;
  }

  output(): string {
    return this.latest?.output() ?? '';
  }

  async start(): Promise<void> {
    this.process = await spawnApi(this.options);
    this.latest = this.process;
    this.agent = new Agent({ keepAlive: true, maxSockets: 64 });
    this.generation++;
    this.markStarted();
  }

  /** SIGKILL: the process ends at once, whatever it was doing; its connections break. */
  async kill(): Promise<void> {
    const running = this.process;
    if (!running) return;
    // Marked down before the signal, so a request that breaks on it is known to have met a kill.
    this.process = null;
    this.killedAt = Date.now();
    this.started = this.nextStart();
    const exited = running.kill('SIGKILL');
    this.agent?.destroy();
    this.agent = null;
    await exited;
  }

  async stop(): Promise<void> {
    this.closed = true;
    this.markStarted();
    const running = this.process;
    this.process = null;
    this.agent?.destroy();
    await running?.stop();
  }

  /** Resolves with the generation once the process serves; rejects once the instance is stopped. */
  async whenUp(): Promise<number> {
    await this.started;
    if (this.closed) throw new Error(`${this.name} is stopped`);
    return this.generation;
  }

  /** Whether the process that was serving at `generation` has been killed since. */
  killedSince(generation: number): boolean {
    return this.closed || this.process === null || this.generation !== generation;
  }

  post(path: string, headers: Record<string, string>, body: unknown): Promise<HttpAnswer> {
    const agent = this.agent;
    if (!agent) return Promise.reject(new Error(`${this.name} is down`));
    const payload = JSON.stringify(body);
    return new Promise((resolve, reject) => {
      const outgoing = request(
        {
          host: '127.0.0.1',
          port: this.options.port,
          method: 'POST',
          path,
          agent,
          timeout: REQUEST_TIMEOUT_MS,
          headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) },
        },
        (response) => {
          let text = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text }));
          response.on('error', reject);
          response.on('close', () => {
            if (!response.complete) reject(new Error(`POST ${path}: the connection closed mid-answer`));
          });
        },
      );
      outgoing.on('timeout', () =>
        outgoing.destroy(new Error(`POST ${path} got no answer in ${REQUEST_TIMEOUT_MS} ms`)),
      );
      outgoing.on('error', reject);
      outgoing.end(payload);
    });
  }

  private nextStart(): Promise<void> {
    return new Promise((resolve) => (this.markStarted = resolve));
  }
}

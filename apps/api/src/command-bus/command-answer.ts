/** What a command endpoint answers: the id it acted on and where the change landed. */
export type CommandAnswer = {
  id: string;
  streamRevision: bigint;
  position: bigint;
  /** The first answer to a command sent again with its Idempotency-Key: nothing was appended now. */
  replayed?: boolean;
};

export type CommandAnswerBody = { id: string; streamRevision: number; position: number };

export const isCommandAnswer = (value: unknown): value is CommandAnswer =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as CommandAnswer).id === 'string' &&
  typeof (value as CommandAnswer).streamRevision === 'bigint';

export const toAnswerBody = (answer: CommandAnswer): CommandAnswerBody => ({
  id: answer.id,
  streamRevision: Number(answer.streamRevision),
  position: Number(answer.position),
});

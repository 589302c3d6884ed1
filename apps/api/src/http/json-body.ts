import type { FastifyInstance } from 'fastify';
import secureJsonParse from 'secure-json-parse';

/** No command of the contract nests deeper than a few levels; deeper bodies are refused before parsing. */
export const MAX_JSON_DEPTH = 32;

/** The deepest nesting of arrays and objects in a JSON text (strings skipped), without parsing it. */
export const jsonDepth = (text: string): number => {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 92)
        i++; // backslash: skip the escaped character
      else if (char === 34) inString = false;
    } else if (char === 34) inString = true;
    else if (char === 123 || char === 91) deepest = Math.max(deepest, ++depth);
    else if (char === 125 || char === 93) depth--;
  }
  return deepest;
};

class BodyError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * JSON bodies as Fastify parses them (prototype poisoning refused), but a body nested deeper than
 * MAX_JSON_DEPTH is 400 before anything recurses into it.
 */
export const parseJsonBodies = (fastify: FastifyInstance): void => {
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = body as string;
    if (text.trim() === '') return done(null, undefined);
    if (jsonDepth(text) > MAX_JSON_DEPTH)
      return done(new BodyError(400, 'REQUEST.TOO_DEEP', `The body nests deeper than ${MAX_JSON_DEPTH} levels`));
    try {
      done(null, secureJsonParse.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }));
    } catch {
      done(new BodyError(400, 'REQUEST.INVALID', 'The body is not valid JSON'));
    }
  });
};

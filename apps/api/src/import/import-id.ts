import { hash } from 'node:crypto';

/** Namespace of every id the import derives from the incumbent's keys: the same row always gives the same id. */
export const IMPORT_NAMESPACE = '9d4b7c1e-2f3a-5e6d-8b9c-0a1f2e3d4c5b';
const NAMESPACE_BYTES = Buffer.from(IMPORT_NAMESPACE.replaceAll('-', ''), 'hex');

/**
 * The name-based UUID (version 5, RFC 9562) of `key` in the import's namespace, as uuid's `v5` makes it, with
 * node:crypto's one-shot SHA-1: the import derives about a million of them, and this takes a quarter of the time
 * without a Hash object per id for the collector to finalise.
 */
export const importId = (key: string): string => {
  const digest = hash('sha1', Buffer.concat([NAMESPACE_BYTES, Buffer.from(key, 'utf8')]), 'hex');
  const variant = ((Number.parseInt(digest[16], 16) & 0x3) | 0x8).toString(16);
  return `${digest.slice(0, 8)}-${digest.slice(8, 12)}-5${digest.slice(13, 16)}-${variant}${digest.slice(17, 20)}-${digest.slice(20, 32)}`;
};

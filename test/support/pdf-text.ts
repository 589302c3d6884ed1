import { inflateSync } from 'node:zlib';

/**
 * The text a PDF shows, as far as tests need it: the strings of every content stream's text operators
 * (pdfkit writes them as hex or literal strings in standard-font encoding), inflated where compressed.
 */
export const pdfText = (pdf: Buffer): string => {
  const raw = pdf.toString('latin1');
  const texts: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = raw.indexOf('endstream', start);
    const body = pdf.subarray(start, end);
    let content: string;
    try {
      content = inflateSync(body).toString('latin1');
    } catch {
      content = body.toString('latin1');
    }
    for (const operator of content.matchAll(/\[(.*?)\]\s*TJ|(<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\))\s*Tj/gs)) {
      const strings = (operator[1] ?? operator[2]).match(/<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\)/g) ?? [];
      texts.push(
        strings
          .map((s) =>
            s.startsWith('<')
              ? Buffer.from(s.slice(1, -1), 'hex').toString('latin1')
              : s.slice(1, -1).replace(/\\(.)/g, '$1'),
          )
          .join(''),
      );
    }
  }
  return texts.join('\n');
};

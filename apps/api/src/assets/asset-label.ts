import { articleDecider, articleStream, articleView, DomainError, type ArticleEvent } from '@aidledger/domain';
import type { EventStore } from '@aidledger/event-store';
import bwipjs from 'bwip-js';
import LabelDocument from 'pdfkit';
import { readAssetState } from './asset.reads.js';

/** What a label prints: the aid and its article, never who has it. */
export type LabelContent = { unitNumber: string; articleNo: string; articleName: string; serialNumber: string };

const MM = 72 / 25.4;
/** A common thermal label, 62 × 40 mm. */
const LABEL_SIZE: [number, number] = [62 * MM, 40 * MM];
const MARGIN = 2.5 * MM;

export const labelContentOf = async (store: EventStore, assetId: string): Promise<LabelContent> => {
  const asset = await readAssetState(store, assetId);
  if (!asset.unitNumber) {
    throw new DomainError(
      'ASSET.NO_UNIT_NUMBER',
      'Aid was received before unit numbers existed; give it one with POST /api/assets/:id/unit-number first',
      'conflict',
      { assetId },
    );
  }
  const article = articleView(
    (await store.readStream(articleStream(asset.articleNo)))
      .map((event) => ({ type: event.type, data: event.data }) as ArticleEvent)
      .reduce(articleDecider.evolve, articleDecider.initialState()),
  );
  return {
    unitNumber: asset.unitNumber,
    articleNo: asset.articleNo,
    articleName: article?.name ?? '',
    serialNumber: asset.serialNumber,
  };
};

/** A one-page PDF label: the unit number as a Code 128 barcode and in writing, the article and the serial number. */
export const labelPdf = async (label: LabelContent): Promise<Buffer> => {
  const barcode = await bwipjs.toBuffer({ bcid: 'code128', text: label.unitNumber, scale: 3, height: 9 });
  const doc = new LabelDocument({
    size: LABEL_SIZE,
    margin: MARGIN,
    info: { Title: `Label ${label.unitNumber}`, Producer: 'aidledger', Creator: 'aidledger' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = LABEL_SIZE[0] - 2 * MARGIN;
  doc.image(barcode, MARGIN, MARGIN, { fit: [width, 11 * MM], align: 'center' });
  doc
    .font('Helvetica-Bold')
    .fontSize(15)
    .text(label.unitNumber, MARGIN, MARGIN + 12 * MM, {
      width,
      align: 'center',
      characterSpacing: 1.5,
    });
  doc.font('Helvetica').fontSize(7.5);
  doc.text(`Art. ${label.articleNo}  ${label.articleName}`, { width, ellipsis: true, height: 18 });
  doc.text(`S/N ${label.serialNumber}`, { width, ellipsis: true, height: 9 });
  doc.end();
  return done;
};

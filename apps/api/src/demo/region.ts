import type { RegisterArticleDto } from '../articles/article.dto.js';
import type { RegisterPayerDto } from '../payers/payer.dto.js';

export type DemoMunicipality = { name: string; code: string; weight: number; routes: number; payerName: string };

/** Västmanland's ten municipalities, weighted by population; each pays for its residents' aids as `KUND-<code>`. */
export const VASTMANLAND: readonly DemoMunicipality[] = [
  { name: 'Västerås', code: 'VASTERAS', weight: 160_000, routes: 4, payerName: 'Västerås stad' },
  { name: 'Köping', code: 'KOPING', weight: 26_500, routes: 1, payerName: 'Köpings kommun' },
  { name: 'Sala', code: 'SALA', weight: 23_000, routes: 1, payerName: 'Sala kommun' },
  { name: 'Hallstahammar', code: 'HALLSTAHAMMAR', weight: 16_500, routes: 1, payerName: 'Hallstahammars kommun' },
  { name: 'Arboga', code: 'ARBOGA', weight: 14_000, routes: 1, payerName: 'Arboga kommun' },
  { name: 'Fagersta', code: 'FAGERSTA', weight: 13_500, routes: 1, payerName: 'Fagersta kommun' },
  { name: 'Surahammar', code: 'SURAHAMMAR', weight: 10_000, routes: 1, payerName: 'Surahammars kommun' },
  { name: 'Kungsör', code: 'KUNGSOR', weight: 8_800, routes: 1, payerName: 'Kungsörs kommun' },
  { name: 'Norberg', code: 'NORBERG', weight: 5_800, routes: 1, payerName: 'Norbergs kommun' },
  { name: 'Skinnskatteberg', code: 'SKINNSKATTEBERG', weight: 4_400, routes: 1, payerName: 'Skinnskattebergs kommun' },
];

/** The region's unit that pays for the aids of regional cost responsibility, wherever their holder lives. */
export const REGION_PAYER = {
  payerId: 'REGION-VL',
  name: 'Region Västmanland, primärvård',
  kind: 'region',
} as const satisfies RegisterPayerDto;

/** The payers of the region: one per municipality, and the region's unit. */
export const DEMO_PAYERS: readonly RegisterPayerDto[] = [
  ...VASTMANLAND.map((municipality): RegisterPayerDto => ({
    payerId: municipalPayerId(municipality),
    name: municipality.payerName,
    kind: 'municipality',
    municipality: municipality.name,
  })),
  REGION_PAYER,
];

export function municipalPayerId(municipality: Pick<DemoMunicipality, 'code'>): string {
  return `KUND-${municipality.code}`;
}

/** Who an order pays with: the region's unit for an article of regional cost responsibility, else the municipality. */
export function payerIdFor(
  { costResponsibility }: Pick<RegisterArticleDto, 'costResponsibility'>,
  municipality: Pick<DemoMunicipality, 'code'>,
): string {
  return costResponsibility === 'region' ? REGION_PAYER.payerId : municipalPayerId(municipality);
}

export type DemoArticle = RegisterArticleDto & { weight: number };

/** Individual aids, weighted by how often they are prescribed. */
export const INDIVIDUAL_AIDS: readonly DemoArticle[] = [
  article('100101', 'Rollator, standard', '12 06 06', 120, 2900, 25, { expectedLifetimeYears: 6 }),
  article('100102', 'Gåbord, inomhus', '12 06 03', 160, 4200, 5, { expectedLifetimeYears: 8 }),
  article('100201', 'Manuell rullstol, standard', '12 22 03', 250, 8000, 14, { bulky: true, expectedLifetimeYears: 8 }),
  article('100202', 'Manuell rullstol, aktiv', '12 22 03', 420, 21000, 3, { expectedLifetimeYears: 6 }),
  article('100301', 'Elrullstol, inomhus/utomhus', '12 23 06', 1900, 68000, 2, {
    bulky: true,
    expectedLifetimeYears: 7,
  }),
  article('100401', 'Vårdsäng, elektrisk', '18 12 10', 450, 16500, 9, { bulky: true, expectedLifetimeYears: 10 }),
  // A treatment aid prescribed by primary care: the region pays for it, wherever the holder lives.
  article('100402', 'Antidecubitusmadrass, växeltryck', '04 33 06', 380, 9800, 5, {
    bulky: true,
    expectedLifetimeYears: 5,
    costResponsibility: 'region',
  }),
  article('100501', 'Personlyft, mobil', '12 36 03', 690, 32000, 3, lift()),
  article('100502', 'Taklyft, fast monterad', '12 36 12', 820, 41000, 2, lift()),
  article('100503', 'Förflyttningsplatta', '12 31 03', 40, 900, 3, { expectedLifetimeYears: 5 }),
  article('100601', 'Duschpall med ryggstöd', '09 33 03', 35, 1100, 8, { expectedLifetimeYears: 5 }),
  article('100602', 'Toalettförhöjning', '09 12 12', 30, 800, 7, { expectedLifetimeYears: 5 }),
  article('100603', 'Toalettstol med hjul', '09 12 03', 90, 3200, 5, { expectedLifetimeYears: 6 }),
  article('100701', 'Armbågskrycka', '12 03 06', 10, 350, 6, { expectedLifetimeYears: 4 }),
  // Prescribed by the region's speech therapists: regional cost responsibility.
  article('100801', 'Kommunikationshjälpmedel, talapparat', '22 21 09', 600, 24000, 1, {
    expectedLifetimeYears: 5,
    costResponsibility: 'region',
  }),
  article('100901', 'Griptång', '24 21 03', 8, 250, 2, { expectedLifetimeYears: 4 }),
];

/** Incontinence products, delivered in packages. */
export const CONSUMABLES: readonly DemoArticle[] = [
  consumable('900101', 'Inkontinensskydd, insättning', '09 30 21', 50),
  consumable('900102', 'Inkontinensskydd, byxskydd', '09 30 24', 30),
  consumable('900103', 'Inkontinensskydd, tejpskydd', '09 30 27', 20),
];

function article(
  articleNo: string,
  name: string,
  isoCode: string,
  monthlyRentSek: number,
  purchasePriceSek: number,
  weight: number,
  extra: Partial<RegisterArticleDto>,
): DemoArticle {
  return {
    articleNo,
    name,
    isoCode,
    kind: 'individual',
    rentable: true,
    monthlyRentSek,
    purchasePriceSek,
    weight,
    ...extra,
  };
}

function lift(): Partial<RegisterArticleDto> {
  return { bulky: true, inspectionIntervalMonths: 12, expectedLifetimeYears: 10 };
}

function consumable(articleNo: string, name: string, isoCode: string, weight: number): DemoArticle {
  return { articleNo, name, isoCode, kind: 'consumable', rentable: false, purchasePriceSek: 95, weight };
}

export const RETURN_REASONS = [
  'Behovet har upphört',
  'Byte till annan modell',
  'Flytt till särskilt boende',
  'Avliden',
];
export const REPAIR_DESCRIPTIONS = [
  'Bromsen håller inte',
  'Punktering bakhjul',
  'Motorn startar inte',
  'Handkontrollen fungerar inte',
  'Sliten klädsel',
  'Årlig service',
  'Batteribyte',
];
export const FAILURE_REASONS = ['Ingen hemma', 'Fel adress', 'Mottagaren avböjde leveransen', 'Hinder i trapphuset'];
export const SCRAP_REASONS = ['Sprucken ram', 'Uttjänt, teknisk livslängd nådd', 'Reservdelar saknas'];

import type { ContactInput, Sex } from '@aidledger/domain';
import type { DemoMunicipality } from './region.js';
import { SeededRandom } from './seeded-random.js';

const FEMALE = [
  'Anna',
  'Maria',
  'Margareta',
  'Elisabeth',
  'Eva',
  'Birgitta',
  'Kristina',
  'Karin',
  'Elisabet',
  'Marie',
  'Ingrid',
  'Christina',
  'Linnéa',
  'Sofia',
  'Kerstin',
  'Marianne',
  'Lena',
  'Helena',
  'Inger',
  'Ulla',
  'Gunilla',
  'Anita',
  'Barbro',
  'Siv',
  'Gun',
  'Britt',
  'Astrid',
  'Elsa',
  'Maj',
  'Signe',
  'Ebba',
  'Alva',
  'Saga',
  'Aisha',
  'Leila',
];
const MALE = [
  'Lars',
  'Karl',
  'Anders',
  'Johan',
  'Per',
  'Erik',
  'Nils',
  'Jan',
  'Carl',
  'Olof',
  'Hans',
  'Gunnar',
  'Sven',
  'Bengt',
  'Göran',
  'Bo',
  'Lennart',
  'Rolf',
  'Kjell',
  'Åke',
  'Stig',
  'Leif',
  'Ove',
  'Tore',
  'Ali',
  'Omar',
  'Elias',
  'Hugo',
  'Oskar',
  'Arvid',
];
const SURNAMES = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Jansson',
  'Hansson',
  'Bengtsson',
  'Jönsson',
  'Lindberg',
  'Jakobsson',
  'Magnusson',
  'Olofsson',
  'Lindström',
  'Lindqvist',
  'Lindgren',
  'Berg',
  'Axelsson',
  'Bergström',
  'Lundberg',
  'Lind',
  'Lundgren',
  'Mattsson',
  'Berglund',
  'Fredriksson',
  'Sandberg',
  'Henriksson',
  'Forsberg',
  'Sjöberg',
  'Wallin',
  'Engström',
  'Eklund',
  'Danielsson',
  'Lundin',
  'Håkansson',
  'Björk',
  'Gunnarsson',
  'Holm',
];
const STREET_STEMS = [
  'Björk',
  'Lind',
  'Ek',
  'Rönn',
  'Hassel',
  'Lönn',
  'Asp',
  'Al',
  'Gran',
  'Tall',
  'Syren',
  'Fläder',
  'Lingon',
  'Blåbärs',
  'Hjortron',
  'Smultron',
  'Vallmo',
  'Klöver',
  'Prästkrage',
  'Blåklints',
  'Kyrk',
  'Skol',
  'Mölle',
  'Bruks',
  'Smedje',
  'Tegel',
  'Ängs',
  'Back',
  'Sjö',
  'Ås',
  'Dal',
  'Skogs',
  'Stor',
  'Norr',
  'Söder',
  'Väster',
];
const STREET_ENDS = ['vägen', 'gatan', 'stigen', 'gränd', 'backen', 'allén', 'torget', 'slingan'];
const NOTES = [
  'Ring 30 min innan',
  'Portkod 1234, tredje våningen',
  'Hiss finns, lägenhet 1102',
  'Lämna inte utanför dörren',
  'Hunden är snäll men skäller',
  'Ring hemtjänsten om ingen öppnar',
  'Ingång från gården',
  'Dottern tar emot leveransen',
];

/** The first three digits of the postal codes of each municipality's town. */
const POSTAL_PREFIX: Record<string, readonly string[]> = {
  VASTERAS: ['721', '722', '723', '724', '725'],
  KOPING: ['731'],
  SALA: ['733'],
  HALLSTAHAMMAR: ['734'],
  ARBOGA: ['732'],
  FAGERSTA: ['737'],
  SURAHAMMAR: ['735'],
  KUNGSOR: ['736'],
  NORBERG: ['738'],
  SKINNSKATTEBERG: ['739'],
};

/** A string's own seed, so a person's details never shift the history's other random draws. */
const seedOf = (text: string): number => {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
};

/**
 * Plausible Swedish contact details, made up: common first names and surnames combined at random, a street of
 * common word stems in the person's municipality, and phone numbers from the series PTS keeps for fiction
 * (070-174 06 05 – 070-174 06 99), so no real person is named, found or called. Now and then delivery notes;
 * one person in two hundred has protected identity.
 */
export const demoContact = (personId: string, sex: Sex, municipality: DemoMunicipality): ContactInput => {
  const random = new SeededRandom(seedOf(personId));
  const first = random.pick(sex === 'male' ? MALE : FEMALE);
  const street = `${random.pick(STREET_STEMS)}${random.pick(STREET_ENDS)} ${random.int(1, 64)}`;
  const prefix = random.pick(POSTAL_PREFIX[municipality.code] ?? ['721']);
  return {
    name: `${first} ${random.pick(SURNAMES)}`,
    address: { street, postalCode: `${prefix} ${String(random.int(0, 99)).padStart(2, '0')}`, city: municipality.name },
    phone: random.chance(0.9) ? `070-174 06 ${String(random.int(5, 99)).padStart(2, '0')}` : null,
    deliveryNotes: random.chance(0.15) ? random.pick(NOTES) : null,
    protectedIdentity: random.chance(0.005),
  };
};

/** The share of persons whose sex the records lack, as in the incumbent's data ("data saknas" in the statistics). */
export const DEMO_SEX_NOT_RECORDED = 0.04;

/**
 * The sex as recorded: null for about one person in 25. Drawn from the person's own seed, so the region's random
 * sequence, and with it the rest of the demo history, stays as it was.
 */
export const demoRecordedSex = (personId: string, sex: Sex): Sex | null =>
  new SeededRandom(seedOf(`sex:${personId}`)).chance(DEMO_SEX_NOT_RECORDED) ? null : sex;

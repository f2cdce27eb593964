/**
 * Every text a reader sees, in plain Dutch (B1: short sentences, common words).
 * `en.ts` has the same keys; the type `Strings` makes sure none is missing.
 */
import { formatList, plural } from './intl.js';

export const nl = {
  loading: 'De gegevens worden geladen.',
  errors: {
    network: 'De gegevens konden niet worden opgehaald. Controleer uw internetverbinding en probeer het later nog eens.',
    http: (status?: number) => `De gegevens zijn nu niet beschikbaar (foutcode ${status ?? '?'}). Probeer het later nog eens.`,
    timeout: 'Het ophalen van de gegevens duurde te lang. Probeer het later nog eens.',
    'too-large': 'Het bestand met gegevens is te groot. Daarom tonen we het niet.',
    'not-json': 'Het bestand met gegevens kan niet worden gelezen.',
    invalid: 'Het bestand met gegevens bevat fouten. Daarom tonen we het niet.',
    'not-found': 'De gevraagde gegevens staan niet in het bestand.',
    'not-allowed': 'Deze website laadt geen gegevens van die plek. Daarom tonen we ze niet.',
  },
  unsafeLinks: (n: number) =>
    n === 1 ? 'Eén link in de gegevens is niet veilig. Die link tonen we niet.' : `${n} links in de gegevens zijn niet veilig. Die links tonen we niet.`,
  sector: { po: 'Primair onderwijs', vo: 'Voortgezet onderwijs' },
  sectorShort: { po: 'basisonderwijs', vo: 'voortgezet onderwijs' },
  scope: { regional: 'Regionaal', national: 'Landelijk' },
  partnerships: (n: number) => plural(n, 'samenwerkingsverband', 'samenwerkingsverbanden'),
  schools: (n: number) => plural(n, 'school', 'scholen'),
  label: {
    municipalities: 'Gemeenten',
    schools: 'Aantal scholen',
    visitingAddress: 'Bezoekadres',
    postalAddress: 'Postadres',
    phone: 'Telefoon',
    email: 'E-mail',
    website: 'Website',
  },
  websiteOf: (name: string) => `Website van ${name}`,
  search: {
    label: 'Zoek op naam, code, gemeente, plaats of school',
    results: (n: number) => `${plural(n, 'resultaat', 'resultaten')}.`,
  },
  /** What the reader asked for, in the sentence "Niets gevonden voor …". */
  query: {
    code: (code: string) => `code ${code}`,
    municipality: (name: string) => `gemeente ${name}`,
    postcode: (pc: string) => `postcode ${pc}`,
    school: (id: string) => `school ${id}`,
    search: (text: string) => `de zoekterm "${text}"`,
  },
  nothingFound: (what: string) => `We hebben geen samenwerkingsverband gevonden voor ${what}.`,
  noPartnershipForPostcode: (pc: string) => `Postcode ${pc} hoort bij geen enkel samenwerkingsverband. Dit geldt bijvoorbeeld voor de haven Europoort.`,
  ambiguous: (what: string) => `Bij ${what} horen meer samenwerkingsverbanden. Vul een postcode in om het juiste te vinden:`,
  card: {
    area: 'Gebied',
    contact: 'Contact',
    supportPoint: 'Ouder- en jeugdsteunpunt',
    supportPointIntro: 'Hier kunt u terecht met vragen over onderwijs en ondersteuning voor uw kind.',
    supportPlan: 'Ondersteuningsplan',
    supportPlanIntro: 'In het ondersteuningsplan staat hoe de scholen samen zorgen voor extra hulp aan leerlingen.',
    opr: 'Ondersteuningsplanraad (OPR)',
    oprMore: (name: string) => `Meer over de OPR van ${name}`,
    schools: 'Scholen',
    showSchools: (n: number) => `Bekijk de lijst met ${plural(n, 'school', 'scholen')}`,
    schoolsLoading: 'De scholen worden geladen.',
    derived: 'afgeleid',
    derivedNote:
      'Bij scholen met "afgeleid" staat het lidmaatschap niet in een bron. We hebben het bepaald, meestal aan de hand van de postcode van de school.',
    related: 'Samenwerkingsverbanden in hetzelfde gebied',
    links: 'Meer informatie',
    source: 'Bron',
    referenceDate: 'peildatum',
    splitMunicipality: (name: string, postcodes: string) => `${name}: alleen postcodes ${postcodes}`,
    alsoKnownAs: (names: string[]) => `Ook bekend als: ${names.join('; ')}.`,
    changes: 'Wat is er veranderd sinds 2015?',
    planEnded: (to: number) => `Dit plan liep tot en met ${to}. Een nieuwer plan hebben we niet gevonden. Vraag ernaar bij het samenwerkingsverband.`,
  },
  period: (from: number, to?: number) => (to ? `${from} tot en met ${to}` : `vanaf ${from}`),
  opr: {
    seats: (total: number | undefined, parts: string[]) =>
      [total !== undefined ? `De OPR heeft ${plural(total, 'zetel', 'zetels')}` : 'De OPR heeft zetels', parts.length ? `: ${join(parts)}.` : '.'].join(''),
    seatsFor: { staff: (n: number) => `${n} voor medewerkers`, parents: (n: number) => `${n} voor ouders`, pupils: (n: number) => `${n} voor leerlingen` },
    vacanciesOn: (n: number, date: string) => (n === 0 ? `In ${date} waren er geen plekken vrij.` : `In ${date}: ${plural(n, 'plek', 'plekken')} vrij.`),
    vacancies: (n: number) => (n === 0 ? 'Er zijn nu geen plekken vrij.' : n === 1 ? 'Er is nu 1 plek vrij.' : `Er zijn nu ${n} plekken vrij.`),
    contact: 'Contact met de OPR',
    consentOn: (date: string) => `De OPR stemde in op ${date}.`,
  },
  notFoundCode: (code: string) => `Er is geen samenwerkingsverband met ${code} in deze gegevens.`,
  badRecord: 'Over dit samenwerkingsverband hebben we geen goede gegevens.',
};

const join = (items: string[]): string => formatList(items, 'nl');

export type Strings = typeof nl;

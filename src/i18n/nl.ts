/**
 * Every text a reader sees, in plain Dutch (B1: short sentences, common words).
 * `en.ts` has the same keys; the type `Strings` makes sure none is missing.
 */
import { formatList } from './intl.js';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

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
    title: 'Wat is de ondersteuningsplanraad (OPR)?',
    intro:
      'Elk samenwerkingsverband heeft een ondersteuningsplanraad, kort gezegd de OPR. In de OPR praten ouders en medewerkers van scholen mee over extra hulp voor leerlingen in de regio.',
    whoTitle: 'Wie zitten erin?',
    who: {
      po: 'De helft van de leden werkt op een school. De andere helft is ouder van een leerling.',
      vo: 'De helft van de leden werkt op een school. De andere helft is ouder of leerling.',
    },
    whoChosen: 'De medezeggenschapsraden (MR) van de scholen kiezen de leden. Een lid hoeft zelf niet in een MR te zitten.',
    whatTitle: 'Wat doet de OPR?',
    what: [
      'Het samenwerkingsverband schrijft een ondersteuningsplan. Daarin staat hoe scholen leerlingen extra helpen. Het plan geldt pas als de OPR ermee instemt.',
      'De OPR volgt hoe het samenwerkingsverband het plan uitvoert.',
      'De OPR geeft advies over wat de toezichthouders van het samenwerkingsverband moeten kunnen.',
    ],
    joinTitle: 'Hoe kunt u meedoen?',
    join: 'Wilt u in de OPR? Vraag het aan de medezeggenschapsraad (MR) van de school van uw kind. De MR kiest wie namens de scholen in de OPR komt.',
    ofPartnership: (name: string) => `De OPR van ${name}`,
    seats: (total: number | undefined, parts: string[]) =>
      [total !== undefined ? `De OPR heeft ${plural(total, 'zetel', 'zetels')}` : 'De OPR heeft zetels', parts.length ? `: ${join(parts)}.` : '.'].join(''),
    seatsFor: { staff: (n: number) => `${n} voor medewerkers`, parents: (n: number) => `${n} voor ouders`, pupils: (n: number) => `${n} voor leerlingen` },
    vacanciesOn: (n: number, date: string) => (n === 0 ? `In ${date} waren er geen plekken vrij.` : `In ${date}: ${plural(n, 'plek', 'plekken')} vrij.`),
    vacancies: (n: number) => (n === 0 ? 'Er zijn nu geen plekken vrij.' : n === 1 ? 'Er is nu 1 plek vrij.' : `Er zijn nu ${n} plekken vrij.`),
    roles: (roles: string[]) => `Functies in de OPR: ${join(roles)}.`,
    roleNames: { chair: 'voorzitter', 'vice-chair': 'vicevoorzitter', secretary: 'secretaris', member: 'lid', clerk: 'ambtelijk secretaris' },
    howToJoin: 'Meedoen',
    contact: 'Contact met de OPR',
    meetings: 'Volgende vergaderingen',
    noMeetings: 'Er zijn nu geen vergaderingen gepland die wij kennen.',
    agenda: (date: string) => `Agenda van ${date}`,
    minutes: (date: string) => `Verslag van ${date}`,
    documents: 'Documenten',
    noData: (name: string) => `We hebben nog geen gegevens over de OPR van ${name}.`,
    consentOn: (date: string) => `De OPR stemde in op ${date}.`,
  },
  finder: {
    label: 'Zoek uw samenwerkingsverband',
    hint: 'Typ een postcode, gemeente, school of samenwerkingsverband. Bijvoorbeeld 3442 of Woerden.',
    submit: 'Zoeken',
    suggestionsLabel: 'Suggesties',
    suggestions: (n: number) => (n === 0 ? '' : `${plural(n, 'suggestie', 'suggesties')}. Kies met de pijltjes en Enter.`),
    schoolsLoading: 'De scholen worden geladen.',
    kind: { postcode: 'postcode', municipality: 'gemeente', partnership: 'samenwerkingsverband', school: 'school' },
    postcode: (pc4: string) => `Postcode ${pc4}`,
    schoolCode: (code: string) => `School met code ${code}`,
    schoolIn: (city: string) => `school in ${city}`,
    resultsFor: (what: string) => `Samenwerkingsverbanden voor ${what}`,
    found: (n: number, what: string) => `${plural(n, 'samenwerkingsverband', 'samenwerkingsverbanden')} gevonden voor ${what}.`,
    choose: (text: string) => `Er zijn meer mogelijkheden voor "${text}". Kies wat u bedoelt:`,
    nothing: (text: string) => `We hebben niets gevonden voor "${text}". Probeer een postcode, zoals 3442. Of typ de naam van uw gemeente of van de school.`,
    empty: 'Typ eerst een postcode, gemeente of school.',
    split: (name: string) =>
      `De gemeente ${name} hoort bij meer dan één samenwerkingsverband. Welk het is, hangt af van uw postcode. Zoek op uw postcode voor één antwoord.`,
    schoolBelongs: (name: string) => `${name} hoort bij:`,
    how: {
      derived:
        'Hoe weten we dit? We hebben het afgeleid, meestal uit de postcode van de school. Het staat niet zo in een bron. Twijfelt u? Vraag het aan de school.',
      read: 'Hoe weten we dit? Het staat in de bron van deze gegevens.',
    },
    noContact: 'We hebben nog geen contactgegevens van dit samenwerkingsverband.',
    formerly: (name: string) => `voorheen ${name}`,
    partlyFormerly: (name: string) => `deels voorheen ${name}`,
    alsoCalled: (name: string) => `ook ${name}`,
    nowPartOf: (former: string, today: string, year?: string) => `${former} hoort ${year ? `sinds ${year} ` : 'nu '}bij de gemeente ${today}.`,
    partNowPartOf: (former: string, today: string, year?: string) => `Een deel van ${former} hoort ${year ? `sinds ${year} ` : 'nu '}bij de gemeente ${today}.`,
    officialName: (other: string, today: string) => `${other} heet officieel ${today}.`,
  },
  notFoundCode: (code: string) => `Er is geen samenwerkingsverband met ${code} in deze gegevens.`,
  badRecord: 'Over dit samenwerkingsverband hebben we geen goede gegevens.',
};

const join = (items: string[]): string => formatList(items, 'nl');

export type Strings = typeof nl;

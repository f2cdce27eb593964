/**
 * Every text a reader sees, in plain Polish (short sentences, common words). Dutch terms that
 * parents meet at school follow in brackets where they first appear. Same keys as `nl.ts`.
 */
import { formatList, pluralText, type PluralForms } from './intl.js';
import type { Strings } from './nl.js';

const count = (n: number, forms: PluralForms): string => pluralText('pl', n, forms);
const join = (items: string[]): string => formatList(items, 'pl');

const PARTNERSHIPS: PluralForms = { one: '# partnerstwo szkół', few: '# partnerstwa szkół', many: '# partnerstw szkół' };
const SCHOOLS: PluralForms = { one: '# szkoła', few: '# szkoły', many: '# szkół' };

export const pl: Strings = {
  loading: 'Ładujemy informacje.',
  errors: {
    network: 'Nie udało się pobrać informacji. Sprawdź połączenie z internetem i spróbuj ponownie później.',
    http: (status) => `Informacje są teraz niedostępne (kod błędu ${status ?? '?'}). Spróbuj ponownie później.`,
    timeout: 'Pobieranie informacji trwało zbyt długo. Spróbuj ponownie później.',
    'too-large': 'Plik z danymi jest za duży. Dlatego go nie pokazujemy.',
    'not-json': 'Nie można odczytać pliku z danymi.',
    invalid: 'Plik z danymi zawiera błędy. Dlatego go nie pokazujemy.',
    'not-found': 'W pliku nie ma informacji, o które pytasz.',
    'not-allowed': 'Ta strona nie ładuje danych z tego miejsca. Dlatego ich nie pokazujemy.',
  },
  unsafeLinks: (n) =>
    n === 1 ? 'Jeden link w danych nie jest bezpieczny. Nie pokazujemy go.' : `Niektóre linki w danych nie są bezpieczne (${n}). Nie pokazujemy ich.`,
  sector: { po: 'Szkoła podstawowa', vo: 'Szkoła średnia' },
  sectorShort: { po: 'szkoła podstawowa', vo: 'szkoła średnia' },
  scope: { regional: 'Regionalne', national: 'Ogólnokrajowe' },
  partnerships: (n) => count(n, PARTNERSHIPS),
  schools: (n) => count(n, SCHOOLS),
  label: {
    municipalities: 'Gminy (gemeenten)',
    schools: 'Liczba szkół',
    visitingAddress: 'Adres dla odwiedzających',
    postalAddress: 'Adres pocztowy',
    phone: 'Telefon',
    email: 'Adres e-mail',
    website: 'Strona internetowa',
  },
  websiteOf: (name) => `Strona internetowa: ${name}`,
  search: {
    label: 'Szukaj po nazwie, kodzie, gminie, miejscowości lub szkole',
    results: (n) => `${count(n, { one: '# wynik', few: '# wyniki', many: '# wyników' })}.`,
  },
  /** In the genitive: they follow "dla" and "do". */
  query: {
    code: (code) => `kodu ${code}`,
    municipality: (name) => `gminy ${name}`,
    postcode: (pc) => `kodu pocztowego ${pc}`,
    school: (id) => `szkoły ${id}`,
    search: (text) => `wyszukiwania „${text}”`,
  },
  nothingFound: (what) => `Nie znaleźliśmy partnerstwa szkół dla ${what}.`,
  noPartnershipForPostcode: (pc) => `Kod pocztowy ${pc} nie należy do żadnego partnerstwa szkół. Tak jest na przykład w porcie Europoort.`,
  ambiguous: (what) => `Do ${what} należy więcej niż jedno partnerstwo szkół. Wpisz kod pocztowy, aby znaleźć właściwe:`,
  card: {
    area: 'Obszar',
    contact: 'Kontakt',
    supportPoint: 'Punkt wsparcia dla rodziców i młodzieży (ouder- en jeugdsteunpunt)',
    supportPointIntro: 'Tutaj możesz zadać pytania o naukę i wsparcie dla swojego dziecka.',
    supportPlan: 'Plan wsparcia (ondersteuningsplan)',
    supportPlanIntro: 'Plan wsparcia opisuje, jak szkoły razem dają uczniom dodatkową pomoc.',
    opr: 'Rada planu wsparcia (OPR, ondersteuningsplanraad)',
    oprMore: (name) => `Więcej o OPR: ${name}`,
    schools: 'Szkoły',
    showSchools: (n) => `Zobacz listę szkół (${count(n, SCHOOLS)})`,
    schoolsLoading: 'Ładujemy szkoły.',
    derived: 'ustalone przez nas',
    derivedNote:
      'Przy szkołach z napisem „ustalone przez nas” żadne źródło nie podaje członkostwa. Ustaliliśmy je sami, zwykle na podstawie kodu pocztowego szkoły.',
    related: 'Partnerstwa szkół na tym samym obszarze',
    links: 'Więcej informacji',
    source: 'Źródło',
    referenceDate: 'stan na dzień',
    splitMunicipality: (name, postcodes) => `${name}: tylko kody pocztowe ${postcodes}`,
    alsoKnownAs: (names) => `Inne nazwy: ${names.join('; ')}.`,
    changes: 'Co się zmieniło od 2015 roku?',
    planEnded: (to) => `Ten plan obowiązywał do końca ${to} roku. Nie znaleźliśmy nowszego planu. Zapytaj o niego partnerstwo szkół.`,
  },
  period: (from, to) => (to ? `${from}–${to}` : `od ${from} roku`),
  opr: {
    seats: (total, parts) =>
      [
        total !== undefined ? `OPR ma ${count(total, { one: '# miejsce', few: '# miejsca', many: '# miejsc' })}` : 'OPR ma miejsca',
        parts.length ? `: ${join(parts)}.` : '.',
      ].join(''),
    seatsFor: { staff: (n) => `${n} dla pracowników`, parents: (n) => `${n} dla rodziców`, pupils: (n) => `${n} dla uczniów` },
    vacanciesOn: (n, date) => (n === 0 ? `${date}: nie było wolnych miejsc.` : `${date}: wolne miejsca: ${n}.`),
    vacancies: (n) => (n === 0 ? 'Teraz nie ma wolnych miejsc.' : `Wolne miejsca teraz: ${n}.`),
    contact: 'Kontakt z OPR',
    consentOn: (date) => `OPR wyraziła zgodę: ${date}.`,
  },
  notFoundCode: (code) => `W tych danych nie ma partnerstwa szkół dla ${code}.`,
  badRecord: 'Nie mamy dobrych danych o tym partnerstwie szkół.',
};

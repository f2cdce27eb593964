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
    title: 'Czym jest rada planu wsparcia (OPR)?',
    intro:
      'Każde partnerstwo szkół ma radę planu wsparcia, w skrócie OPR (ondersteuningsplanraad). W OPR rodzice i pracownicy szkół współdecydują o dodatkowej pomocy dla uczniów w regionie.',
    whoTitle: 'Kto w niej zasiada?',
    who: {
      po: 'Połowa członków pracuje w szkole. Druga połowa to rodzice uczniów.',
      vo: 'Połowa członków pracuje w szkole. Druga połowa to rodzice lub uczniowie.',
    },
    whoChosen: 'Członków wybierają rady szkół (medezeggenschapsraad, MR). Członek nie musi sam należeć do MR.',
    whatTitle: 'Co robi OPR?',
    what: [
      'Partnerstwo szkół pisze plan wsparcia. Plan opisuje, jak szkoły dodatkowo pomagają uczniom. Plan obowiązuje dopiero wtedy, gdy OPR się na niego zgodzi.',
      'OPR sprawdza, jak partnerstwo szkół realizuje plan.',
      'OPR doradza, co powinni umieć nadzorcy partnerstwa szkół.',
    ],
    joinTitle: 'Jak możesz wziąć udział?',
    join: 'Chcesz być w OPR? Zapytaj radę szkoły (MR) w szkole swojego dziecka. MR wybiera, kto reprezentuje szkoły w OPR.',
    ofPartnership: (name) => `OPR: ${name}`,
    seats: (total, parts) =>
      [
        total !== undefined ? `OPR ma ${count(total, { one: '# miejsce', few: '# miejsca', many: '# miejsc' })}` : 'OPR ma miejsca',
        parts.length ? `: ${join(parts)}.` : '.',
      ].join(''),
    seatsFor: { staff: (n) => `${n} dla pracowników`, parents: (n) => `${n} dla rodziców`, pupils: (n) => `${n} dla uczniów` },
    vacanciesOn: (n, date) => (n === 0 ? `${date}: nie było wolnych miejsc.` : `${date}: wolne miejsca: ${n}.`),
    vacancies: (n) => (n === 0 ? 'Teraz nie ma wolnych miejsc.' : `Wolne miejsca teraz: ${n}.`),
    roles: (roles) => `Funkcje w OPR: ${join(roles)}.`,
    roleNames: {
      chair: 'przewodniczący',
      'vice-chair': 'zastępca przewodniczącego',
      secretary: 'sekretarz',
      member: 'członek',
      clerk: 'sekretarz administracyjny',
    },
    howToJoin: 'Jak dołączyć',
    contact: 'Kontakt z OPR',
    meetings: 'Następne spotkania',
    noMeetings: 'Teraz nie znamy żadnych zaplanowanych spotkań.',
    agenda: (date) => `Porządek spotkania: ${date}`,
    minutes: (date) => `Protokół: ${date}`,
    documents: 'Dokumenty',
    noData: (name) => `Nie mamy jeszcze informacji o OPR: ${name}.`,
    consentOn: (date) => `OPR wyraziła zgodę: ${date}.`,
  },
  finder: {
    label: 'Znajdź swoje partnerstwo szkół (samenwerkingsverband)',
    hint: 'Wpisz kod pocztowy, gminę, szkołę lub partnerstwo szkół. Na przykład 3442 albo Woerden.',
    submit: 'Szukaj',
    suggestionsLabel: 'Podpowiedzi',
    suggestions: (n) => (n === 0 ? '' : `Podpowiedzi: ${n}. Wybierz strzałkami i naciśnij Enter.`),
    schoolsLoading: 'Ładujemy szkoły.',
    kind: { postcode: 'kod pocztowy', municipality: 'gmina', partnership: 'partnerstwo szkół', school: 'szkoła' },
    postcode: (pc4) => `Kod pocztowy ${pc4}`,
    schoolCode: (code) => `Szkoła o kodzie ${code}`,
    schoolIn: (city) => `szkoła, ${city}`,
    resultsFor: (what) => `Partnerstwa szkół dla ${what}`,
    found: (n, what) => `Wynik dla ${what}: ${count(n, PARTNERSHIPS)}.`,
    choose: (text) => `Jest kilka możliwości dla „${text}”. Wybierz, o co ci chodzi:`,
    nothing: (text) => `Nic nie znaleźliśmy dla „${text}”. Spróbuj kodu pocztowego, na przykład 3442. Albo wpisz nazwę swojej gminy lub szkoły.`,
    empty: 'Najpierw wpisz kod pocztowy, gminę lub szkołę.',
    split: (name) =>
      `Gmina ${name} należy do więcej niż jednego partnerstwa szkół. Które to jest, zależy od kodu pocztowego. Szukaj po swoim kodzie pocztowym, aby dostać jedną odpowiedź.`,
    schoolBelongs: (name) => `${name} należy do:`,
    how: {
      derived:
        'Skąd to wiemy? Ustaliliśmy to sami, zwykle na podstawie kodu pocztowego szkoły. Żadne źródło nie podaje tego wprost. Masz wątpliwości? Zapytaj w szkole.',
      read: 'Skąd to wiemy? Tak jest napisane w źródle tych danych.',
    },
    noContact: 'Nie mamy jeszcze danych kontaktowych tego partnerstwa szkół.',
    formerly: (name) => `dawniej ${name}`,
    partlyFormerly: (name) => `częściowo dawniej ${name}`,
    alsoCalled: (name) => `także ${name}`,
    nowPartOf: (former, today, year) => (year ? `${former} od ${year} roku należy do gminy ${today}.` : `${former} należy teraz do gminy ${today}.`),
    partNowPartOf: (former, today, year) =>
      year ? `Część gminy ${former} od ${year} roku należy do gminy ${today}.` : `Część gminy ${former} należy teraz do gminy ${today}.`,
    officialName: (other, today) => `${other} to oficjalnie ${today}.`,
  },
  notFoundCode: (code) => `W tych danych nie ma partnerstwa szkół dla ${code}.`,
  badRecord: 'Nie mamy dobrych danych o tym partnerstwie szkół.',
};

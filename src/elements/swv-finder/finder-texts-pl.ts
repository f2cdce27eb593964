/** `<swv-finder>`'s own texts in Polish. */
import type { FinderTexts } from './finder-texts-nl.js';

export const texts: FinderTexts = {
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
  found: (partnerships, what) => `Wynik dla ${what}: ${partnerships}.`,
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
};

/**
 * Every text a reader sees, in plain Ukrainian (short sentences, common words). Dutch terms that
 * parents meet at school follow in brackets where they first appear. Same keys as `nl.ts`.
 */
import { formatList, pluralText, type PluralForms } from './intl.js';
import type { Strings } from './nl.js';

const count = (n: number, forms: PluralForms): string => pluralText('uk', n, forms);
const join = (items: string[]): string => formatList(items, 'uk');

const PARTNERSHIPS: PluralForms = { one: '# об’єднання шкіл', few: '# об’єднання шкіл', many: '# об’єднань шкіл' };
const SCHOOLS: PluralForms = { one: '# школа', few: '# школи', many: '# шкіл' };

export const uk: Strings = {
  loading: 'Завантажуємо інформацію.',
  errors: {
    network: 'Не вдалося отримати інформацію. Перевірте інтернет і спробуйте пізніше.',
    http: (status) => `Інформація зараз недоступна (код помилки ${status ?? '?'}). Спробуйте пізніше.`,
    timeout: 'Завантаження тривало задовго. Спробуйте пізніше.',
    'too-large': 'Файл з даними завеликий. Тому ми його не показуємо.',
    'not-json': 'Файл з даними не вдається прочитати.',
    invalid: 'У файлі з даними є помилки. Тому ми його не показуємо.',
    'not-found': 'Потрібної інформації немає у файлі.',
    'not-allowed': 'Цей сайт не завантажує дані звідти. Тому ми їх не показуємо.',
  },
  unsafeLinks: (n) => (n === 1 ? 'Одне посилання в даних небезпечне. Ми його не показуємо.' : `Небезпечних посилань у даних: ${n}. Ми їх не показуємо.`),
  sector: { po: 'Початкова школа', vo: 'Середня школа' },
  sectorShort: { po: 'початкова школа', vo: 'середня школа' },
  scope: { regional: 'Регіональне', national: 'Національне' },
  partnerships: (n) => count(n, PARTNERSHIPS),
  schools: (n) => count(n, SCHOOLS),
  label: {
    municipalities: 'Муніципалітети (gemeenten)',
    schools: 'Кількість шкіл',
    visitingAddress: 'Адреса для візитів',
    postalAddress: 'Поштова адреса',
    phone: 'Телефон',
    email: 'Електронна пошта',
    website: 'Вебсайт',
  },
  websiteOf: (name) => `Вебсайт: ${name}`,
  search: {
    label: 'Пошук за назвою, кодом, муніципалітетом, містом або школою',
    results: (n) => `Результатів: ${n}.`,
  },
  /** In the genitive: they follow "для" and "до". */
  query: {
    code: (code) => `коду ${code}`,
    municipality: (name) => `муніципалітету ${name}`,
    postcode: (pc) => `поштового індексу ${pc}`,
    school: (id) => `школи ${id}`,
    search: (text) => `пошуку «${text}»`,
  },
  nothingFound: (what) => `Ми не знайшли об’єднання шкіл для ${what}.`,
  noPartnershipForPostcode: (pc) => `Поштовий індекс ${pc} не належить до жодного об’єднання шкіл. Так, наприклад, з портом Europoort.`,
  ambiguous: (what) => `До ${what} належать кілька об’єднань шкіл. Введіть поштовий індекс, щоб знайти потрібне:`,
  card: {
    area: 'Територія',
    contact: 'Контакти',
    supportPoint: 'Підтримка для батьків і молоді (ouder- en jeugdsteunpunt)',
    supportPointIntro: 'Сюди можна звернутися з питаннями про навчання і підтримку дитини.',
    supportPlan: 'План підтримки (ondersteuningsplan)',
    supportPlanIntro: 'У плані підтримки написано, як школи разом дають учням додаткову допомогу.',
    opr: 'Рада плану підтримки (OPR, ondersteuningsplanraad)',
    oprMore: (name) => `Більше про OPR: ${name}`,
    schools: 'Школи',
    showSchools: (n) => `Переглянути список шкіл (${count(n, SCHOOLS)})`,
    schoolsLoading: 'Завантажуємо школи.',
    derived: 'визначено нами',
    derivedNote: 'Школи з позначкою «визначено нами»: членство ми визначили самі, зазвичай за поштовим індексом школи.',
    related: 'Інші об’єднання на цій території',
    links: 'Більше інформації',
    source: 'Джерело',
    referenceDate: 'станом на',
    splitMunicipality: (name, postcodes) => `${name}: лише поштові індекси ${postcodes}`,
    alsoKnownAs: (names) => `Інші назви: ${names.join('; ')}.`,
    changes: 'Що змінилося з 2015 року?',
    planEnded: (to) => `Цей план діяв до кінця ${to} року. Новішого плану ми не знайшли. Запитайте про нього в об’єднанні.`,
  },
  period: (from, to) => (to ? `${from}–${to}` : `з ${from} року`),
  opr: {
    seats: (total, parts) =>
      [
        total !== undefined ? `OPR має ${count(total, { one: '# місце', few: '# місця', many: '# місць' })}` : 'OPR має місця',
        parts.length ? `: ${join(parts)}.` : '.',
      ].join(''),
    seatsFor: { staff: (n) => `${n} для працівників`, parents: (n) => `${n} для батьків`, pupils: (n) => `${n} для учнів` },
    vacanciesOn: (n, date) => (n === 0 ? `${date}: вільних місць не було.` : `${date}: вільних місць — ${n}.`),
    vacancies: (n) => (n === 0 ? 'Зараз вільних місць немає.' : `Зараз вільних місць: ${n}.`),
    contact: 'Зв’язатися з OPR',
    consentOn: (date) => `OPR погодилася: ${date}.`,
  },
  notFoundCode: (code) => `У цих даних немає об’єднання шкіл для ${code}.`,
  badRecord: 'У нас немає правильних даних про це об’єднання.',
};

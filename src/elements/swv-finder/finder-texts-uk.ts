/** `<swv-finder>`'s own texts in Ukrainian. */
import type { FinderTexts } from './finder-texts-nl.js';

export const texts: FinderTexts = {
  label: 'Знайдіть своє об’єднання шкіл (samenwerkingsverband)',
  hint: 'Введіть поштовий індекс, муніципалітет, школу або об’єднання. Наприклад, 3442 або Woerden.',
  submit: 'Шукати',
  suggestionsLabel: 'Підказки',
  suggestions: (n) => (n === 0 ? '' : `Підказок: ${n}. Виберіть стрілками і натисніть Enter.`),
  schoolsLoading: 'Завантажуємо школи.',
  kind: { postcode: 'поштовий індекс', municipality: 'муніципалітет', partnership: 'об’єднання шкіл', school: 'школа' },
  postcode: (pc4) => `Поштовий індекс ${pc4}`,
  schoolCode: (code) => `Школа з кодом ${code}`,
  schoolIn: (city) => `школа, ${city}`,
  resultsFor: (what) => `Об’єднання шкіл для ${what}`,
  found: (partnerships, what) => `Результат для ${what}: ${partnerships}.`,
  choose: (text) => `Для «${text}» є кілька варіантів. Виберіть потрібний:`,
  nothing: (text) => `Ми нічого не знайшли для «${text}». Спробуйте поштовий індекс, наприклад 3442, або назву муніципалітету чи школи.`,
  empty: 'Спочатку введіть поштовий індекс, муніципалітет або школу.',
  split: (name) => `Муніципалітет ${name} належить до кількох об’єднань шкіл. Щоб знайти своє, шукайте за поштовим індексом.`,
  schoolBelongs: (name) => `${name} належить до:`,
  how: {
    derived: 'Звідки ми це знаємо? Ми визначили це самі, переважно за поштовим індексом школи. Сумніваєтеся? Запитайте в школі.',
    read: 'Звідки ми це знаємо? Це написано в джерелі цих даних.',
  },
  noContact: 'У нас ще немає контактів цього об’єднання шкіл.',
  formerly: (name) => `раніше ${name}`,
  partlyFormerly: (name) => `частково раніше ${name}`,
  alsoCalled: (name) => `також ${name}`,
  nowPartOf: (former, today, year) => `${former} ${year ? `з ${year} року` : 'тепер'} входить до муніципалітету ${today}.`,
  partNowPartOf: (former, today, year) => `Частина муніципалітету ${former} ${year ? `з ${year} року` : 'тепер'} входить до муніципалітету ${today}.`,
  officialName: (other, today) => `${other} — це офіційно ${today}.`,
};

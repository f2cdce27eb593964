/** `<swv-finder>`'s own texts in Arabic. */
import type { FinderTexts } from './finder-texts-nl.js';

/** Names and codes isolated (FSI … PDI), as `isolate` in i18n/intl.ts does (this file imports nothing). */
const iso = (text: string): string => `\u2068${text}\u2069`;

export const texts: FinderTexts = {
  label: `ابحث عن شراكتك المدرسية (${iso('samenwerkingsverband')})`,
  hint: 'اكتب رمزًا بريديًا أو بلدية أو مدرسة أو شراكة مدرسية. مثلًا 3442 أو Woerden.',
  submit: 'بحث',
  suggestionsLabel: 'اقتراحات',
  suggestions: (n) => (n === 0 ? '' : `عدد الاقتراحات: ${n}. اختر بالأسهم ثم اضغط Enter.`),
  schoolsLoading: 'جارٍ تحميل المدارس.',
  kind: { postcode: 'رمز بريدي', municipality: 'بلدية', partnership: 'شراكة مدرسية', school: 'مدرسة' },
  postcode: (pc4) => `الرمز البريدي ${iso(pc4)}`,
  schoolCode: (code) => `مدرسة رمزها ${iso(code)}`,
  schoolIn: (city) => `مدرسة في ${iso(city)}`,
  resultsFor: (what) => `الشراكات المدرسية: ${what}`,
  found: (partnerships, what) => `النتيجة: ${partnerships}. بحثتَ عن: ${what}.`,
  choose: (text) => `هناك أكثر من نتيجة لـ«${iso(text)}». اختر ما تقصده:`,
  nothing: (text) => `لم نجد شيئًا لـ«${iso(text)}». جرّب رمزًا بريديًا، مثل 3442. أو اكتب اسم بلديتك أو اسم المدرسة.`,
  empty: 'اكتب أولًا رمزًا بريديًا أو بلدية أو مدرسة.',
  split: (name) => `بلدية ${iso(name)} تتبع أكثر من شراكة مدرسية واحدة. الشراكة الصحيحة تعتمد على رمزك البريدي. ابحث برمزك البريدي لتحصل على جواب واحد.`,
  schoolBelongs: (name) => `${iso(name)} تتبع:`,
  how: {
    derived: 'كيف نعرف هذا؟ استنتجناه، غالبًا من الرمز البريدي للمدرسة. لا يذكره أي مصدر بشكل مباشر. هل أنت غير متأكد؟ اسأل المدرسة.',
    read: 'كيف نعرف هذا؟ هذا مكتوب في مصدر هذه البيانات.',
  },
  noContact: 'ليست لدينا بعد بيانات التواصل مع هذه الشراكة المدرسية.',
  formerly: (name) => `سابقًا ${iso(name)}`,
  partlyFormerly: (name) => `جزء منها كان ${iso(name)}`,
  alsoCalled: (name) => `وتُسمّى أيضًا ${iso(name)}`,
  nowPartOf: (former, today, year) => (year ? `${iso(former)} تتبع بلدية ${iso(today)} منذ عام ${year}.` : `${iso(former)} تتبع الآن بلدية ${iso(today)}.`),
  partNowPartOf: (former, today, year) =>
    year ? `جزء من ${iso(former)} يتبع بلدية ${iso(today)} منذ عام ${year}.` : `جزء من ${iso(former)} يتبع الآن بلدية ${iso(today)}.`,
  officialName: (other, today) => `الاسم الرسمي لـ${iso(other)} هو ${iso(today)}.`,
};

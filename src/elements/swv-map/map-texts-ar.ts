/** `<swv-map>`'s texts in Arabic; names and codes isolated (they are read left to right). */
import type { MapTexts } from './map-texts-nl.js';

/**
 * Names and codes isolated (FSI … PDI), as `isolate` in i18n/intl.ts does: written here because
 * this file imports nothing (each language is a chunk of its own).
 */
const iso = (text: string): string => `\u2068${text}\u2069`;

export const texts: MapTexts = {
  title: { po: 'الشراكات المدرسية للتعليم الابتدائي', vo: 'الشراكات المدرسية للتعليم الثانوي' },
  help: 'اختر منطقة على الخريطة أو في القائمة. بلوحة المفاتيح: انتقل إلى الخريطة واستخدم الأسهم. اختر بزر Enter.',
  provinces: 'اختر مقاطعة',
  country: 'كل هولندا',
  list: 'اعرض كقائمة',
  region: (title, places) => `${iso(title)}: ${places}`,
  shared: (place, names) => `${iso(place)} مقسّمة بين: ${names}. اختر برمزك البريدي.`,
  chosen: (title) => `تم الاختيار: ${iso(title)}.`,
  ask: (place) => `${iso(place)} مقسّمة بين أكثر من شراكة مدرسية. ما رمزك البريدي؟`,
  postcode: 'رمزك البريدي',
  show: 'اعرض',
  credit: 'الخريطة: CBS، بلديات عام 2015 (CC BY 4.0). مجمّعة حسب الشراكة المدرسية.',
  noMap: 'لا توجد خريطة لهذه البيانات.',
};

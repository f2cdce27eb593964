/** `<swv-map>`'s texts in Arabic; names and codes isolated (they are read left to right). */
import { formatList, isolate as iso } from '../../i18n/intl.js';
import type { MapTexts } from './map-texts-nl.js';

const join = (items: string[]): string => formatList(items, 'ar');

export const texts: MapTexts = {
  title: { po: 'الشراكات المدرسية للتعليم الابتدائي', vo: 'الشراكات المدرسية للتعليم الثانوي' },
  help: 'اختر منطقة على الخريطة أو في القائمة. بلوحة المفاتيح: انتقل إلى الخريطة واستخدم الأسهم. اختر بزر Enter.',
  provinces: 'اختر مقاطعة',
  country: 'كل هولندا',
  list: 'اعرض كقائمة',
  region: (title, places) => `${iso(title)}: ${join(places)}`,
  shared: (place, names) => `${iso(place)} مقسّمة بين: ${join(names)}. اختر برمزك البريدي.`,
  chosen: (title) => `تم الاختيار: ${iso(title)}.`,
  ask: (place) => `${iso(place)} مقسّمة بين أكثر من شراكة مدرسية. ما رمزك البريدي؟`,
  postcode: 'رمزك البريدي',
  show: 'اعرض',
  credit: 'الخريطة: CBS، بلديات عام 2015 (CC BY 4.0). مجمّعة حسب الشراكة المدرسية.',
  noMap: 'لا توجد خريطة لهذه البيانات.',
};

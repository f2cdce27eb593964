/**
 * Every text a reader sees, in plain Arabic (Modern Standard Arabic; short sentences, common words).
 * Dutch terms that parents meet at school follow in brackets where they first appear. Same keys
 * as `nl.ts`. Names, codes, postcodes and search words from the data are isolated (`isolate`), so
 * that left-to-right text keeps its order inside right-to-left sentences.
 */
import { formatList, isolate as iso, pluralText, type PluralForms } from './intl.js';
import type { Strings } from './nl.js';

const count = (n: number, forms: PluralForms): string => pluralText('ar', n, forms);
const join = (items: string[]): string => formatList(items, 'ar');

const PARTNERSHIPS: PluralForms = {
  zero: '# شراكة مدرسية',
  one: 'شراكة مدرسية واحدة',
  two: 'شراكتان مدرسيتان',
  few: '# شراكات مدرسية',
  many: '# شراكة مدرسية',
  other: '# شراكة مدرسية',
};
const SCHOOLS: PluralForms = { zero: '# مدرسة', one: 'مدرسة واحدة', two: 'مدرستان', few: '# مدارس', many: '# مدرسة', other: '# مدرسة' };

export const ar: Strings = {
  loading: 'جارٍ تحميل المعلومات.',
  errors: {
    network: 'تعذّر جلب المعلومات. تحقّق من اتصالك بالإنترنت، وحاول مرة أخرى لاحقًا.',
    http: (status) => `المعلومات غير متاحة الآن (رمز الخطأ ${iso(status ?? '?')}). حاول مرة أخرى لاحقًا.`,
    timeout: 'استغرق جلب المعلومات وقتًا طويلًا. حاول مرة أخرى لاحقًا.',
    'too-large': 'ملف البيانات كبير جدًا. لذلك لا نعرضه.',
    'not-json': 'لا يمكن قراءة ملف البيانات.',
    invalid: 'في ملف البيانات أخطاء. لذلك لا نعرضه.',
    'not-found': 'المعلومات المطلوبة ليست في الملف.',
    'not-allowed': 'هذا الموقع لا يحمّل بيانات من ذلك المكان. لذلك لا نعرضها.',
  },
  unsafeLinks: (n) => (n === 1 ? 'رابط واحد في البيانات غير آمن. لا نعرض هذا الرابط.' : `بعض الروابط في البيانات غير آمنة (${n}). لا نعرض هذه الروابط.`),
  sector: { po: 'التعليم الابتدائي', vo: 'التعليم الثانوي' },
  sectorShort: { po: 'التعليم الابتدائي', vo: 'التعليم الثانوي' },
  scope: { regional: 'إقليمي', national: 'على مستوى البلد' },
  partnerships: (n) => count(n, PARTNERSHIPS),
  schools: (n) => count(n, SCHOOLS),
  label: {
    municipalities: `البلديات (${iso('gemeenten')})`,
    schools: 'عدد المدارس',
    visitingAddress: 'عنوان الزيارة',
    postalAddress: 'العنوان البريدي',
    phone: 'الهاتف',
    email: 'البريد الإلكتروني',
    website: 'الموقع الإلكتروني',
  },
  websiteOf: (name) => `الموقع الإلكتروني: ${iso(name)}`,
  search: {
    label: 'ابحث بالاسم أو الرمز أو البلدية أو المدينة أو المدرسة',
    results: (n) => `عدد النتائج: ${n}.`,
  },
  query: {
    code: (code) => `الرمز ${iso(code)}`,
    municipality: (name) => `بلدية ${iso(name)}`,
    postcode: (pc) => `الرمز البريدي ${iso(pc)}`,
    school: (id) => `المدرسة ${iso(id)}`,
    search: (text) => `البحث عن «${iso(text)}»`,
  },
  nothingFound: (what) => `لم نجد شراكة مدرسية. بحثتَ عن: ${what}.`,
  noPartnershipForPostcode: (pc) => `الرمز البريدي ${iso(pc)} لا يتبع أي شراكة مدرسية. هذا هو الحال مثلًا في ميناء ${iso('Europoort')}.`,
  ambiguous: (what) => `هناك أكثر من شراكة مدرسية واحدة لهذا البحث: ${what}. اكتب رمزًا بريديًا لتجد الشراكة الصحيحة:`,
  card: {
    area: 'المنطقة',
    contact: 'التواصل',
    supportPoint: `نقطة دعم الأهل والشباب (${iso('ouder- en jeugdsteunpunt')})`,
    supportPointIntro: 'يمكنك أن تتوجّه إلى هنا بأسئلتك عن تعليم طفلك والدعم الذي يحتاجه.',
    supportPlan: `خطة الدعم (${iso('ondersteuningsplan')})`,
    supportPlanIntro: 'تشرح خطة الدعم كيف تتعاون المدارس لتقدّم مساعدة إضافية للتلاميذ.',
    opr: `مجلس خطة الدعم (OPR، ${iso('ondersteuningsplanraad')})`,
    oprMore: (name) => `المزيد عن مجلس OPR: ${iso(name)}`,
    schools: 'المدارس',
    showSchools: (n) => `اعرض قائمة المدارس (${count(n, SCHOOLS)})`,
    schoolsLoading: 'جارٍ تحميل المدارس.',
    derived: 'مستنتَج',
    derivedNote: 'المدارس التي عليها كلمة «مستنتَج» لا يذكر أي مصدر إلى أي شراكة تتبع. نحن حدّدنا ذلك، غالبًا من الرمز البريدي للمدرسة.',
    related: 'شراكات مدرسية في المنطقة نفسها',
    links: 'معلومات أخرى',
    source: 'المصدر',
    referenceDate: 'تاريخ المعلومات',
    splitMunicipality: (name, postcodes) => `${iso(name)}: الرموز البريدية ${iso(postcodes)} فقط`,
    alsoKnownAs: (names) => `أسماء أخرى: ${names.map((name) => iso(name)).join('؛ ')}.`,
    changes: 'ما الذي تغيّر منذ عام 2015؟',
    planEnded: (to) => `كانت هذه الخطة سارية حتى نهاية عام ${to}. لم نجد خطة أحدث. اسأل الشراكة المدرسية عنها.`,
  },
  period: (from, to) => (to ? `من ${from} إلى ${to}` : `منذ عام ${from}`),
  opr: {
    seats: (total, parts) =>
      [
        total !== undefined
          ? `لمجلس OPR ${count(total, { zero: '# مقعد', one: 'مقعد واحد', two: 'مقعدان', few: '# مقاعد', many: '# مقعدًا', other: '# مقعد' })}`
          : 'لمجلس OPR مقاعد',
        parts.length ? `: ${join(parts)}.` : '.',
      ].join(''),
    seatsFor: { staff: (n) => `${n} للعاملين`, parents: (n) => `${n} للأهل`, pupils: (n) => `${n} للتلاميذ` },
    vacanciesOn: (n, date) => (n === 0 ? `في ${date} لم تكن هناك مقاعد شاغرة.` : `في ${date}: عدد المقاعد الشاغرة ${n}.`),
    vacancies: (n) => (n === 0 ? 'لا توجد مقاعد شاغرة الآن.' : `عدد المقاعد الشاغرة الآن: ${n}.`),
    contact: 'التواصل مع مجلس OPR',
    consentOn: (date) => `وافق مجلس OPR في ${date}.`,
  },
  notFoundCode: (code) => `لا توجد في هذه البيانات شراكة مدرسية لهذا البحث: ${code}.`,
  badRecord: 'ليست لدينا بيانات صحيحة عن هذه الشراكة المدرسية.',
};

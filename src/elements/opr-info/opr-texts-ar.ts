/** `<opr-info>`'s own texts (the explanation, and the page about one partnership's OPR) in Arabic. */
import type { OprTexts } from './opr-texts-nl.js';

/** Names and codes isolated (FSI … PDI), as `isolate` in i18n/intl.ts does (this file imports nothing). */
const iso = (text: string): string => `\u2068${text}\u2069`;

export const texts: OprTexts = {
  title: 'ما هو مجلس خطة الدعم (OPR)؟',
  intro: `لكل شراكة مدرسية مجلس لخطة الدعم، اسمه المختصر OPR (${iso('ondersteuningsplanraad')}). في هذا المجلس يشارك الأهل والعاملون في المدارس في القرار حول المساعدة الإضافية للتلاميذ في المنطقة.`,
  whoTitle: 'من هم الأعضاء؟',
  who: {
    po: 'نصف الأعضاء يعملون في مدرسة. والنصف الآخر آباء وأمهات للتلاميذ.',
    vo: 'نصف الأعضاء يعملون في مدرسة. والنصف الآخر آباء وأمهات أو تلاميذ.',
  },
  whoChosen: `مجالس المشاركة في المدارس (${iso('medezeggenschapsraad')}، MR) تختار الأعضاء. لا يجب أن يكون العضو نفسه في مجلس MR.`,
  whatTitle: 'ماذا يفعل مجلس OPR؟',
  what: [
    'تكتب الشراكة المدرسية خطة دعم. تشرح الخطة كيف تقدّم المدارس مساعدة إضافية للتلاميذ. لا تصبح الخطة سارية إلا بعد موافقة مجلس OPR.',
    'يتابع مجلس OPR كيف تنفّذ الشراكة المدرسية الخطة.',
    'يقدّم مجلس OPR نصائح حول ما يجب أن يعرفه المشرفون على الشراكة المدرسية.',
  ],
  joinTitle: 'كيف يمكنك المشاركة؟',
  join: 'هل تريد أن تكون عضوًا في مجلس OPR؟ اسأل مجلس المشاركة (MR) في مدرسة طفلك. مجلس MR يختار من يمثّل المدارس في مجلس OPR.',
  ofPartnership: (name) => `مجلس OPR: ${iso(name)}`,
  roles: (list) => `المهام في مجلس OPR: ${list}.`,
  roleNames: { chair: 'الرئيس', 'vice-chair': 'نائب الرئيس', secretary: 'أمين السر', member: 'عضو', clerk: 'السكرتير الإداري' },
  howToJoin: 'كيف تشارك',
  meetings: 'الاجتماعات القادمة',
  noMeetings: 'لا نعرف الآن أي اجتماعات مخطط لها.',
  agenda: (date) => `جدول الأعمال: ${date}`,
  minutes: (date) => `المحضر: ${date}`,
  documents: 'الوثائق',
  noData: (name) => `ليست لدينا بعد معلومات عن مجلس OPR: ${iso(name)}.`,
};
